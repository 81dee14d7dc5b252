/**
 * The REST API under {@code /api}: a second doorway into the same services as the pages
 * (never into repositories), compatible with the original Flask Microblog's API (chapter 23:
 * tokens, users, followers, following, byte-for-byte the same JSON keys and status codes) and
 * going further with posts, timelines, follows, private messages and notifications over the
 * same conventions (the {@code items/_meta/_links} envelope, {@code 201} with {@code Location},
 * one JSON error shape).
 *
 * <p>Security ({@link org.microblog.api.ApiSecurityConfig}) is its own stateless filter chain:
 * bearer tokens only, never the session cookie and no CSRF; HTTP Basic only where a token is
 * issued. Every error under {@code /api}, whatever raised it, is {@code {"error", "message"?}}
 * ({@link org.microblog.api.ApiExceptionHandler}, {@link org.microblog.api.ApiErrorFilter}).
 * The OpenAPI description is generated from these classes (springdoc) and shown at
 * {@code /api/docs}.
 */
@NullMarked
package org.microblog.api;

import org.jspecify.annotations.NullMarked;
