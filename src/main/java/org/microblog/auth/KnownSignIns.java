package org.microblog.auth;

/**
 * The (account, address) pairs that have signed in, which {@link LoginThrottle} never refuses
 * because of other addresses' guesses: this instance's memory ({@link LocalKnownSignIns}), or
 * Redis with {@code REDIS_URL} ({@link RedisKnownSignIns}), so a pair known on one instance is
 * known on all.
 */
interface KnownSignIns {

    boolean contains(String pair);

    void add(String pair);
}
