package org.microblog.web;

import jakarta.servlet.ServletException;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.jspecify.annotations.Nullable;
import org.microblog.core.NotFound;
import org.microblog.core.RuleViolation;
import org.springframework.beans.ConversionNotSupportedException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.converter.HttpMessageNotWritableException;
import org.springframework.validation.BindException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The HTTP status an exception stands for, decided by its type, never its name. Bad input is
 * the client's fault (4xx): a feature's {@link NotFound} is a 404, its {@link RuleViolation}
 * (a post too long, following oneself) a 400, and Spring's own exceptions carry their status.
 * The database out of reach ({@link DatabaseOutage}) is a 503: nobody's bug, and it passes.
 * Anything else is ours (500), {@link IllegalArgumentException} and
 * {@link IllegalStateException} included: they are programming errors, not refusals.
 */
final class ErrorStatus {

    private ErrorStatus() {
    }

    /** The status for this exception, looking inside servlet wrappers; 500 when it has none. */
    static HttpStatusCode of(@Nullable Throwable exception) {
        Throwable e = unwrap(exception);
        HttpStatusCode status = e == null ? null : own(e);
        return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }

    /** The exception a servlet wrapper ({@code ServletException: Request processing failed}) carries. */
    static @Nullable Throwable unwrap(@Nullable Throwable exception) {
        Throwable e = exception;
        while (e instanceof ServletException wrapper && !(e instanceof ErrorResponse) && wrapper.getCause() != null) {
            e = wrapper.getCause();
        }
        return e;
    }

    /** Whether the client went away before the answer was written ({@link ClientGone}). */
    static boolean clientGone(@Nullable Throwable exception) {
        return ClientGone.causedBy(exception);
    }

    private static @Nullable HttpStatusCode own(Throwable e) {
        if (DatabaseOutage.causedBy(e)) {
            return HttpStatus.SERVICE_UNAVAILABLE;
        }
        if (e instanceof org.springframework.security.web.firewall.RequestRejectedException) {
            // Spring Security's firewall refused a parameter name or value it finds suspicious.
            return HttpStatus.BAD_REQUEST;
        }
        if (LimitedBodyRequest.TooLargeException.causedBy(e)) {
            return HttpStatus.CONTENT_TOO_LARGE;
        }
        if (e instanceof NotFound) {
            return HttpStatus.NOT_FOUND;
        }
        if (e instanceof RuleViolation) {
            return HttpStatus.BAD_REQUEST;
        }
        if (e instanceof ErrorResponse response) {
            return response.getStatusCode();
        }
        if (e instanceof InvalidParameterException invalid) {
            // Tomcat could not parse the parameters: too large a form (413), too many, malformed (400).
            return HttpStatusCode.valueOf(invalid.getErrorCode() >= 400 ? invalid.getErrorCode() : 400);
        }
        if (e instanceof ConversionNotSupportedException || e instanceof HttpMessageNotWritableException) {
            return HttpStatus.INTERNAL_SERVER_ERROR;
        }
        if (e instanceof TypeMismatchException || e instanceof HttpMessageNotReadableException
                || e instanceof BindException) {
            // A parameter of the wrong type (?page=abc), an unreadable body, a form that does not bind.
            return HttpStatus.BAD_REQUEST;
        }
        ResponseStatus annotated = AnnotatedElementUtils.findMergedAnnotation(e.getClass(), ResponseStatus.class);
        if (annotated != null) {
            return annotated.code();
        }
        return null;
    }
}
