package org.microblog.limits;

import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Takes one request from a limit's bucket for a key (a member's id, an address), atomically:
 * either the request is counted and may go on, or it is refused with how long to wait.
 */
@Component
public class RateLimits {

    private final BucketStore store;
    private final LimitSettings settings;

    RateLimits(BucketStore store, LimitSettings settings) {
        this.store = store;
        this.settings = settings;
    }

    public LimitSettings settings() {
        return settings;
    }

    /** Counts one request; empty when it may go on, else how long until the limit allows one. */
    public Optional<Duration> take(RateLimit limit, String key) {
        if (limit.off()) {
            return Optional.empty();
        }
        ConsumptionProbe probe = store.apply(limit.name() + ":" + key, limit, b -> b.tryConsumeAndReturnRemaining(1));
        return probe.isConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    /**
     * Counts one request and tells how many the limit still allows after it (-1: refused); for
     * callers that treat a fresh key differently from one already in use.
     */
    public long takeAndCountRemaining(RateLimit limit, String key) {
        if (limit.off()) {
            return Long.MAX_VALUE;
        }
        ConsumptionProbe probe = store.apply(limit.name() + ":" + key, limit, b -> b.tryConsumeAndReturnRemaining(1));
        return probe.isConsumed() ? probe.getRemainingTokens() : -1;
    }

    /** How long until this key's limit allows a request again (zero when it allows one now). */
    public Duration waitFor(RateLimit limit, String key) {
        if (limit.off()) {
            return Duration.ZERO;
        }
        var estimate = store.apply(limit.name() + ":" + key, limit, b -> b.estimateAbilityToConsume(1));
        return estimate.canBeConsumed() ? Duration.ZERO : Duration.ofNanos(estimate.getNanosToWaitForRefill());
    }

    /** Gives back a request counted by {@link #take} (another limit refused it, or it turned out harmless). */
    public void giveBack(RateLimit limit, String key) {
        if (!limit.off()) {
            store.apply(limit.name() + ":" + key, limit, b -> {
                b.addTokens(1);
                return null;
            });
        }
    }

    /** Gives this key its whole allowance back. */
    public void forgive(RateLimit limit, String key) {
        if (!limit.off()) {
            store.apply(limit.name() + ":" + key, limit, b -> {
                b.reset();
                return null;
            });
        }
    }

    /** {@code Retry-After}'s value for a wait: whole seconds, rounded up, at least 1. */
    public static String retryAfter(Duration wait) {
        long seconds = wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0);
        return Long.toString(Math.max(1, seconds));
    }
}
