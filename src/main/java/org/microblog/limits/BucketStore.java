package org.microblog.limits;

import io.github.bucket4j.Bucket;
import java.util.function.Function;

/**
 * Where the token buckets live. In memory ({@link InMemoryBucketStore}) for one instance; on
 * Redis ({@link RedisBucketStore}, Bucket4j's {@code ProxyManager}) when several instances share
 * the counts ({@code REDIS_URL}).
 */
public interface BucketStore {

    /** The bucket for this key, created full with this limit the first time. */
    Bucket bucket(String key, RateLimit limit);

    /** Does something with the key's bucket; a store whose storage can fail falls back here. */
    default <T> T apply(String key, RateLimit limit, Function<Bucket, T> operation) {
        return operation.apply(bucket(key, limit));
    }
}
