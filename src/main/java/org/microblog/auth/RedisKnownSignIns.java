package org.microblog.auth;

import java.time.Duration;
import org.microblog.config.RedisOutage;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * Known pairs on Redis, one key each ({@code <prefix>signed-in:<account>|<address>}) kept for
 * {@link #KEEP} after the last sign-in. While Redis is away this instance's memory answers
 * (and learns), so a member's own address is not refused for want of Redis.
 */
class RedisKnownSignIns implements KnownSignIns {

    /** As long as a remember-me login lasts. */
    static final Duration KEEP = Duration.ofDays(30);

    private final StringRedisTemplate redis;
    private final String prefix;
    private final LocalKnownSignIns fallback = new LocalKnownSignIns();
    private final RedisOutage outage;

    RedisKnownSignIns(StringRedisTemplate redis, String keyPrefix, RedisOutage outage) {
        this.redis = redis;
        this.prefix = keyPrefix + "signed-in:";
        this.outage = outage;
    }

    @Override
    public boolean contains(String pair) {
        if (fallback.contains(pair)) {
            return true;
        }
        try {
            return Boolean.TRUE.equals(redis.hasKey(prefix + pair));
        } catch (RuntimeException unreachable) {
            outage.failed(unreachable);
            return false;
        }
    }

    @Override
    public void add(String pair) {
        fallback.add(pair);
        try {
            redis.opsForValue().set(prefix + pair, "1", KEEP);
        } catch (RuntimeException unreachable) {
            outage.failed(unreachable);
        }
    }
}
