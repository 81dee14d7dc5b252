package org.microblog.limits;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Buckets in this instance's memory: a restart forgives everyone, which is acceptable for rate
 * limits. Time is the application's {@link Clock}. Full buckets (nothing to remember) are
 * dropped when the map grows past {@link #MAX_TRACKED} keys.
 */
@Component
class InMemoryBucketStore implements BucketStore {

    static final int MAX_TRACKED = 200_000;

    private record Entry(Bucket bucket, long capacity) {
    }

    private final Map<String, Entry> buckets = new ConcurrentHashMap<>();
    private final TimeMeter time;

    InMemoryBucketStore(Clock clock) {
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
    }

    @Override
    public Bucket bucket(String key, RateLimit limit) {
        Entry entry = buckets.get(key);
        if (entry == null) {
            if (buckets.size() >= MAX_TRACKED) {
                buckets.values().removeIf(e -> e.bucket().getAvailableTokens() >= e.capacity());
            }
            entry = buckets.computeIfAbsent(key, k -> new Entry(Bucket.builder()
                    .addLimit(Bandwidth.builder().capacity(limit.capacity())
                            .refillIntervally(limit.capacity(), limit.period()).build())
                    .withCustomTimePrecision(time).build(), limit.capacity()));
        }
        return entry.bucket();
    }

    /** Forgets every bucket, as a restart does. */
    void clear() {
        buckets.clear();
    }
}
