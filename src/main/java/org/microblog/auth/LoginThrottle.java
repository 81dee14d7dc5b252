package org.microblog.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing, through the sign-in form and the API's token request alike
 * (one count, so switching doors gains nothing): after {@link #MAX_ACCOUNT_FAILURES} failed sign-ins for one
 * username, or {@link #MAX_ADDRESS_FAILURES} from one address, further attempts are refused
 * for {@link #LOCKOUT}, then allowed again. A successful sign-in clears the account's count.
 * Kept in memory: a restart forgives everyone, which is acceptable for a throttle.
 */
@Component
public class LoginThrottle {

    public static final int MAX_ACCOUNT_FAILURES = 5;
    static final int MAX_ADDRESS_FAILURES = 20;
    static final Duration LOCKOUT = Duration.ofMinutes(5);
    private static final int MAX_TRACKED = 100_000;

    private record Failures(int count, Instant last) {
    }

    private final Map<String, Failures> byAccount = new ConcurrentHashMap<>();
    private final Map<String, Failures> byAddress = new ConcurrentHashMap<>();
    private final Clock clock;

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long this username or address must still wait, if it is locked out. */
    public Optional<Duration> lockedOutFor(@Nullable String username, String address) {
        Instant now = clock.instant();
        Optional<Duration> account = remaining(byAccount, key(username), MAX_ACCOUNT_FAILURES, now);
        Optional<Duration> ip = remaining(byAddress, address, MAX_ADDRESS_FAILURES, now);
        return account.isPresent() && ip.isPresent()
                ? Optional.of(account.get().compareTo(ip.get()) > 0 ? account.get() : ip.get())
                : account.or(() -> ip);
    }

    /** Counts a failed sign-in (through the form or the API's token request). */
    public void failed(@Nullable String username, String address) {
        Instant now = clock.instant();
        if (byAccount.size() + byAddress.size() > MAX_TRACKED) {
            forgetExpired(now);
        }
        count(byAccount, key(username), now);
        count(byAddress, address, now);
    }

    public void succeeded(@Nullable String username, String address) {
        byAccount.remove(key(username));
    }

    private void count(Map<String, Failures> map, String key, Instant now) {
        map.merge(key, new Failures(1, now), (old, one) -> expired(old, now)
                ? one : new Failures(old.count() + 1, now));
    }

    private static Optional<Duration> remaining(Map<String, Failures> map, String key, int max, Instant now) {
        Failures failures = map.get(key);
        if (failures == null || failures.count() < max || expired(failures, now)) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(now, failures.last().plus(LOCKOUT)));
    }

    private static boolean expired(Failures failures, Instant now) {
        return !failures.last().plus(LOCKOUT).isAfter(now);
    }

    private void forgetExpired(Instant now) {
        byAccount.values().removeIf(f -> expired(f, now));
        byAddress.values().removeIf(f -> expired(f, now));
    }

    private static String key(@Nullable String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }
}
