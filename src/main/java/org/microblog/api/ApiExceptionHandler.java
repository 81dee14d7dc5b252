package org.microblog.api;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.microblog.core.NotFound;
import org.microblog.core.RuleViolation;
import org.microblog.web.ClientGone;
import org.microblog.web.DatabaseOutage;
import org.microblog.web.ErrorBody;
import org.microblog.web.LimitedBodyRequest;
import org.microblog.web.RequestIds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Errors raised while an API handler is chosen or runs, as {@link ErrorBody} with the matching
 * status, never HTML and never a 5xx for a client's mistake: a feature's {@link NotFound} is a
 * 404, its {@link RuleViolation} a 400 with the rule's English text (the original's wording,
 * such as "please use a different username"). Anything else, {@link IllegalArgumentException}
 * and {@link IllegalStateException} included, is a bug: a 500, logged, its message kept from
 * the client. The database out of reach is a 503 with {@code Retry-After}; a client that went
 * away gets nothing. Errors before a handler is found
 * (unknown path, wrong method) reach {@link ApiErrorFilter} as {@code sendError} instead.
 * The content type is set here, so even a client that accepts no JSON gets the JSON error.
 */
@RestControllerAdvice(basePackageClasses = ApiExceptionHandler.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final DatabaseOutage outage;

    ApiExceptionHandler(DatabaseOutage outage) {
        this.outage = outage;
    }

    @ExceptionHandler
    ResponseEntity<ErrorBody> api(ApiException e) {
        return error(e.status().value(), e.getMessage(), e.headers());
    }

    /** As in the original, a 404 says nothing more. */
    @ExceptionHandler
    ResponseEntity<ErrorBody> notFound(NotFound e) {
        return error(404, null, null);
    }

    /** The services' rules: a post of 1–140 characters, no following oneself, a name taken, … */
    @ExceptionHandler
    ResponseEntity<ErrorBody> rule(RuleViolation e) {
        return error(400, ErrorBody.of(400, e).message(), null);
    }

    @ExceptionHandler
    ResponseEntity<ErrorBody> unreadable(HttpMessageNotReadableException e) {
        if (LimitedBodyRequest.TooLargeException.causedBy(e)) {
            return error(413, "the request body is larger than " + ApiErrorFilter.MAX_BODY_BYTES + " bytes", null);
        }
        return error(400, "the body must be a JSON object", null);
    }

    /** Spring Security's firewall refused a parameter (a form-encoded body whose names hold control characters). */
    @ExceptionHandler
    ResponseEntity<ErrorBody> rejected(RequestRejectedException e) {
        return error(400, "the request has a parameter that is not allowed", null);
    }

    /** An id too large for a number names nothing: 404, as for an unknown id. */
    @ExceptionHandler
    ResponseEntity<ErrorBody> typeMismatch(MethodArgumentTypeMismatchException e) {
        boolean pathVariable = e.getParameter().hasParameterAnnotation(PathVariable.class);
        return pathVariable ? error(404, null, null) : error(400, e.getName() + " has the wrong type", null);
    }

    @ExceptionHandler
    ResponseEntity<ErrorBody> typeMismatch(TypeMismatchException e) {
        return error(400, e.getPropertyName() + " has the wrong type", null);
    }

    /** Spring MVC's own exceptions (missing parameter, unsupported media type, …) know their status. */
    @ExceptionHandler
    @Nullable ResponseEntity<ErrorBody> unexpected(Exception e, HttpServletRequest request) {
        if (e instanceof ErrorResponse known) {
            return error(known.getStatusCode().value(), null, known.getHeaders());
        }
        if (ClientGone.causedBy(e)) {
            log.debug("API {} {}: the client went away ({})", request.getMethod(), request.getRequestURI(), e.toString());
            return null;
        }
        if (DatabaseOutage.causedBy(e)) {
            outage.failed(e);
            HttpHeaders retry = new HttpHeaders();
            retry.set(HttpHeaders.RETRY_AFTER, Long.toString(DatabaseOutage.RETRY_AFTER.toSeconds()));
            return error(503, ApiErrorWriter.UNAVAILABLE, retry);
        }
        log.error("API {} {} failed with 500 (request {})", request.getMethod(), request.getRequestURI(),
                RequestIds.current(), e);
        return error(500, null, null);
    }

    private static ResponseEntity<ErrorBody> error(int status, @Nullable String message, @Nullable HttpHeaders headers) {
        var response = ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON);
        if (headers != null) {
            response.headers(h -> headers.forEach((name, values) -> {
                if (!HttpHeaders.CONTENT_TYPE.equalsIgnoreCase(name)) {
                    h.addAll(name, values);
                }
            }));
        }
        return response.body(ErrorBody.of(status, message));
    }
}
