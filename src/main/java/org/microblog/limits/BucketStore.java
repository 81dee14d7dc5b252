package org.microblog.limits;

import io.github.bucket4j.Bucket;

/**
 * Where the token buckets live. In memory ({@link InMemoryBucketStore}) for one instance; for
 * several instances behind one address, an implementation over Bucket4j's {@code ProxyManager}
 * (Redis, JDBC) returns its {@code BucketProxy} here, and nothing else changes.
 */
public interface BucketStore {

    /** The bucket for this key, created full with this limit the first time. */
    Bucket bucket(String key, RateLimit limit);
}
