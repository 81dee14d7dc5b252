package org.microblog.auth;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.microblog.limits.LimitSettings;
import org.microblog.limits.RateLimit;
import org.microblog.limits.RateLimits;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing, through the sign-in form and the API's token request alike
 * (one count, so switching doors gains nothing). Every attempt is counted <em>before</em> the
 * password is checked ({@link #attempt}), atomically, so parallel guesses cannot slip past the
 * count; a right password gives its count back. The limits ({@link LimitSettings}):
 * <ul>
 * <li>{@link #MAX_ACCOUNT_FAILURES} per account from one address ({@code RATE_LIMIT_SIGN_IN});
 * <li>20 from one address for any accounts ({@code RATE_LIMIT_SIGN_IN_ADDRESS});
 * <li>50 per account from all addresses ({@code RATE_LIMIT_SIGN_IN_ACCOUNT}): past it, only an
 *     address that has already failed for that account and never signed in to it is refused. A
 *     member's own address (one they signed in from, or one that has not failed) is never
 *     refused because of other addresses' guesses, so nobody can lock a member out.
 * </ul>
 * Kept in memory (the buckets are {@link org.microblog.limits.BucketStore}'s, the known pairs
 * {@link KnownSignIns}'): a restart forgives everyone, which is acceptable for a throttle; with
 * {@code REDIS_URL} both are on Redis, so every instance counts against the same allowance.
 */
@Component
public class LoginThrottle {

    /** Failed sign-ins for one account from one address before that pair waits (the default). */
    public static final int MAX_ACCOUNT_FAILURES = 5;

    /** An attempt counted before its password is checked; tell it how that went. */
    public interface Attempt {
        /** The password was right: the attempt is given back, and the address is known to the account. */
        void succeeded();
    }

    private final RateLimits limits;
    /** (account, address) pairs that have signed in. */
    private final KnownSignIns known;

    LoginThrottle(RateLimits limits, KnownSignIns known) {
        this.limits = limits;
        this.known = known;
    }

    /**
     * Counts a sign-in attempt before its password is checked: the attempt to report back to, or
     * how long this account and address must wait.
     */
    public Result attempt(@Nullable String username, String address) {
        LimitSettings settings = limits.settings();
        String account = key(username);
        String pair = account + "|" + address;
        RateLimit perPair = settings.signIn();
        long pairLeft = limits.takeAndCountRemaining(perPair, pair);
        if (pairLeft < 0) {
            return Result.refused(limits.waitFor(perPair, pair));
        }
        Optional<Duration> addressWait = limits.take(settings.signInAddress(), address);
        if (addressWait.isPresent()) {
            limits.giveBack(perPair, pair);
            return Result.refused(addressWait.get());
        }
        boolean fresh = pairLeft == Long.MAX_VALUE || pairLeft + 1 >= perPair.capacity();
        Optional<Duration> accountWait = limits.take(settings.signInAccount(), account);
        if (accountWait.isPresent() && !fresh && !known.contains(pair)) {
            limits.giveBack(perPair, pair);
            limits.giveBack(settings.signInAddress(), address);
            return Result.refused(accountWait.get());
        }
        boolean accountCounted = accountWait.isEmpty();
        return Result.allowed(() -> {
            limits.forgive(perPair, pair);
            limits.giveBack(settings.signInAddress(), address);
            if (accountCounted) {
                limits.giveBack(settings.signInAccount(), account);
            }
            known.add(pair);
        });
    }

    /** Either an attempt that may go on to the password check, or how long to wait. */
    public record Result(@Nullable Attempt attempt, Duration waitFor) {

        static Result allowed(Attempt attempt) {
            return new Result(attempt, Duration.ZERO);
        }

        static Result refused(Duration wait) {
            return new Result(null, wait.isZero() ? Duration.ofSeconds(1) : wait);
        }

        public Optional<Duration> refusedFor() {
            return attempt == null ? Optional.of(waitFor) : Optional.empty();
        }
    }

    private static String key(@Nullable String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }
}
