/**
 * Abuse limits: token-bucket rate limits (Bucket4j) on registrations, reset requests, posts,
 * messages, follows and token requests, per member and per address, answered 429 with
 * {@code Retry-After}; the buckets themselves, behind {@link org.microblog.limits.BucketStore}
 * (in memory now, shared storage later); and which client address a request comes from
 * ({@link org.microblog.limits.ForwardedHeadersFilter}: forwarded headers count only from a
 * configured {@code TRUSTED_PROXIES} address).
 */
@NullMarked
package org.microblog.limits;

import org.jspecify.annotations.NullMarked;
