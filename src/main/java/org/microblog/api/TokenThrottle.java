package org.microblog.api;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing through {@code POST /api/tokens} with the sign-in form's rule:
 * after {@value #MAX_ACCOUNT_FAILURES} failures for one username or {@value #MAX_ADDRESS_FAILURES}
 * from one address, further attempts get 429 for {@link #LOCKOUT}. In memory, like the form's.
 */
@Component
class TokenThrottle {

    static final int MAX_ACCOUNT_FAILURES = 5;
    static final int MAX_ADDRESS_FAILURES = 20;
    static final Duration LOCKOUT = Duration.ofMinutes(5);
    private static final int MAX_TRACKED = 100_000;

    private record Failures(int count, Instant last) {
    }

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    TokenThrottle(Clock clock) {
        this.clock = clock;
    }

    Optional<Duration> lockedOutFor(String username, String address) {
        Instant now = clock.instant();
        return remaining(account(username), MAX_ACCOUNT_FAILURES, now)
                .or(() -> remaining(address(address), MAX_ADDRESS_FAILURES, now));
    }

    void failed(String username, String address) {
        Instant now = clock.instant();
        if (failures.size() > MAX_TRACKED) {
            failures.values().removeIf(f -> !f.last().plus(LOCKOUT).isAfter(now));
        }
        for (String key : new String[] {account(username), address(address)}) {
            failures.merge(key, new Failures(1, now), (old, one) -> old.last().plus(LOCKOUT).isAfter(now)
                    ? new Failures(old.count() + 1, now) : one);
        }
    }

    void succeeded(String username) {
        failures.remove(account(username));
    }

    /** Forgives everyone (tests share one context). */
    void forgetAll() {
        failures.clear();
    }

    private Optional<Duration> remaining(String key, int max, Instant now) {
        Failures f = failures.get(key);
        if (f == null || f.count() < max || !f.last().plus(LOCKOUT).isAfter(now)) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(now, f.last().plus(LOCKOUT)));
    }

    private static String account(String username) {
        return "user:" + username.strip().toLowerCase(Locale.ROOT);
    }

    private static String address(String address) {
        return "addr:" + address;
    }
}
