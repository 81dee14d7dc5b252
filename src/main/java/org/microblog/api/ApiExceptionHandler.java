package org.microblog.api;

import org.microblog.web.LimitedBodyRequest;

import org.jspecify.annotations.Nullable;
import org.microblog.core.RuleViolation;
import org.microblog.user.DuplicateAccountException;
import org.microblog.user.UserNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Errors raised while an API handler is chosen or runs, as {@link ApiError} with the matching
 * status, never HTML and never a 5xx for a client's mistake. Errors before a handler is found
 * (unknown path, wrong method) reach {@link ApiErrorFilter} as {@code sendError} instead.
 * The content type is set here, so even a client that accepts no JSON gets the JSON error.
 */
@RestControllerAdvice(basePackageClasses = ApiExceptionHandler.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler
    ResponseEntity<ApiError> api(ApiException e) {
        return error(e.status().value(), e.getMessage(), e.headers());
    }

    @ExceptionHandler
    ResponseEntity<ApiError> userNotFound(UserNotFoundException e) {
        return error(404, null, null);
    }

    /** The original's wording (lower case, no full stop). */
    @ExceptionHandler
    ResponseEntity<ApiError> duplicate(DuplicateAccountException e) {
        return error(400, "email".equals(e.field()) ? "please use a different email address"
                : "please use a different username", null);
    }

    /** A field's rule (a post of 1–140 characters, a username's shape), in English, naming the field. */
    @ExceptionHandler
    ResponseEntity<ApiError> ruleViolation(RuleViolation e) {
        return error(400, e.getMessage(), null);
    }

    /** The services' other rules: no following oneself, … */
    @ExceptionHandler
    ResponseEntity<ApiError> rule(IllegalArgumentException e) {
        return error(400, e.getMessage(), null);
    }

    @ExceptionHandler
    ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException e) {
        if (LimitedBodyRequest.TooLargeException.causedBy(e)) {
            return error(413, "the request body is larger than " + ApiErrorFilter.MAX_BODY_BYTES + " bytes", null);
        }
        return error(400, "the body must be a JSON object", null);
    }

    /** An id too large for a number names nothing: 404, as for an unknown id. */
    @ExceptionHandler
    ResponseEntity<ApiError> typeMismatch(MethodArgumentTypeMismatchException e) {
        boolean pathVariable = e.getParameter().hasParameterAnnotation(PathVariable.class);
        return pathVariable ? error(404, null, null) : error(400, e.getName() + " has the wrong type", null);
    }

    @ExceptionHandler
    ResponseEntity<ApiError> typeMismatch(TypeMismatchException e) {
        return error(400, e.getPropertyName() + " has the wrong type", null);
    }

    /** Spring MVC's own exceptions (missing parameter, unsupported media type, …) know their status. */
    @ExceptionHandler
    ResponseEntity<ApiError> unexpected(Exception e) {
        if (e instanceof ErrorResponse known) {
            return error(known.getStatusCode().value(), null, known.getHeaders());
        }
        log.error("API handler failed", e);
        return error(500, null, null);
    }

    private static ResponseEntity<ApiError> error(int status, @Nullable String message, @Nullable HttpHeaders headers) {
        var response = ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON);
        if (headers != null) {
            response.headers(h -> headers.forEach((name, values) -> {
                if (!HttpHeaders.CONTENT_TYPE.equalsIgnoreCase(name)) {
                    h.addAll(name, values);
                }
            }));
        }
        return response.body(ApiError.of(status, message));
    }
}
