package org.microblog.limits;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.RedisClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.microblog.config.RedisOutage;

/**
 * Buckets on Redis (Bucket4j's Lettuce proxy manager, compare-and-swap), so every instance
 * counts against the same allowance: keys {@code <prefix>limit:<limit>:<key>}, each expiring
 * once its bucket would be full again. While Redis cannot be reached the buckets of this
 * instance's memory ({@link InMemoryBucketStore}) count instead: each instance then allows the
 * limit by itself, rather than none (fail-closed would refuse every sign-in) or all (fail-open
 * would let password guessing run free while Redis is away). Time is the application's clock.
 */
class RedisBucketStore implements BucketStore {

    /** Keys live this much beyond the time their bucket takes to fill up again. */
    static final Duration KEEP_AFTER_FULL = Duration.ofSeconds(10);

    private final RedisClient client;
    private final String prefix;
    private final TimeMeter time;
    private final InMemoryBucketStore fallback;
    private final RedisOutage outage;
    /** Connected on first use, so that an instance starts while Redis is away. */
    private volatile @Nullable ProxyManager<String> buckets;

    RedisBucketStore(RedisClient client, String keyPrefix, Clock clock, InMemoryBucketStore fallback, RedisOutage outage) {
        this.client = client;
        this.fallback = fallback;
        this.outage = outage;
        this.time = new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                return clock.millis() * 1_000_000L;
            }

            @Override
            public boolean isWallClockBased() {
                return true;
            }
        };
        this.prefix = keyPrefix + "limit:";
    }

    private ProxyManager<String> buckets() {
        ProxyManager<String> manager = buckets;
        if (manager == null) {
            synchronized (this) {
                manager = buckets;
                if (manager == null) {
                    manager = Bucket4jLettuce.casBasedBuilder(client)
                            .clientClock(time)
                            .requestTimeout(Duration.ofSeconds(2))
                            .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(KEEP_AFTER_FULL))
                            .build()
                            .withMapper((String key) -> (prefix + key).getBytes(StandardCharsets.UTF_8));
                    buckets = manager;
                }
            }
        }
        return manager;
    }

    @Override
    public Bucket bucket(String key, RateLimit limit) {
        return buckets().builder().build(key, () -> BucketConfiguration.builder()
                .addLimit(Bandwidth.builder().capacity(limit.capacity())
                        .refillIntervally(limit.capacity(), limit.period()).build())
                .build());
    }

    @Override
    public <T> T apply(String key, RateLimit limit, Function<Bucket, T> operation) {
        try {
            T result = operation.apply(bucket(key, limit));
            outage.recovered();
            return result;
        } catch (RuntimeException unreachable) {
            outage.failed(unreachable);
            return fallback.apply(key, limit, operation);
        }
    }
}
