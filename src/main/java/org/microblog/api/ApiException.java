package org.microblog.api;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/** A client mistake the API answers with {@code status}, optionally a message and headers. */
class ApiException extends RuntimeException {

    /** The challenges of Flask-HTTPAuth, which the original's clients know. */
    static final String BEARER_CHALLENGE = "Bearer realm=\"Authentication Required\"";
    static final String BASIC_CHALLENGE = "Basic realm=\"Authentication Required\"";

    private final HttpStatus status;
    private final HttpHeaders headers = new HttpHeaders();

    ApiException(HttpStatus status, @Nullable String message) {
        super(message, null, false, false);
        this.status = status;
    }

    /** No valid token: the caller must get one ({@code WWW-Authenticate: Bearer}). */
    static ApiException tokenRequired() {
        ApiException e = new ApiException(HttpStatus.UNAUTHORIZED, null);
        e.headers.set(HttpHeaders.WWW_AUTHENTICATE, BEARER_CHALLENGE);
        return e;
    }

    /** No valid username and password ({@code WWW-Authenticate: Basic}). */
    static ApiException credentialsRequired() {
        ApiException e = new ApiException(HttpStatus.UNAUTHORIZED, null);
        e.headers.set(HttpHeaders.WWW_AUTHENTICATE, BASIC_CHALLENGE);
        return e;
    }

    static ApiException tooManyRequests(Duration wait) {
        ApiException e = new ApiException(HttpStatus.TOO_MANY_REQUESTS, "too many failed attempts, try again later");
        e.headers.set(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, wait.toSeconds() + 1)));
        return e;
    }

    static ApiException badRequest(String message) {
        return new ApiException(HttpStatus.BAD_REQUEST, message);
    }

    /** No such resource; as in the original, a 404 says nothing more. */
    static ApiException notFound() {
        return new ApiException(HttpStatus.NOT_FOUND, null);
    }

    static ApiException forbidden() {
        return new ApiException(HttpStatus.FORBIDDEN, null);
    }

    HttpStatus status() {
        return status;
    }

    HttpHeaders headers() {
        return headers;
    }
}
