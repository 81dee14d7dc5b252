package org.microblog.web;

import jakarta.servlet.ServletException;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.jspecify.annotations.Nullable;
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
 * The HTTP status an exception stands for. Bad input is the client's fault (4xx), anything
 * else is ours (500). The web package knows no feature, so features are recognised by
 * convention: an exception named {@code …NotFoundException} (such as
 * {@code UserNotFoundException}) is a 404, and an {@link IllegalArgumentException} from a
 * service (a post too long, following oneself) is a 400.
 */
final class ErrorStatus {

    private ErrorStatus() {
    }

    /** The status for this exception, looking inside servlet wrappers; 500 when it has none. */
    static HttpStatusCode of(@Nullable Throwable exception) {
        Throwable e = exception;
        while (e instanceof ServletException wrapper && !(e instanceof ErrorResponse) && wrapper.getCause() != null) {
            e = wrapper.getCause();
        }
        HttpStatusCode status = e == null ? null : own(e);
        return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }

    private static @Nullable HttpStatusCode own(Throwable e) {
        if (LimitedBodyRequest.TooLargeException.causedBy(e)) {
            return HttpStatus.CONTENT_TOO_LARGE;
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
        if (e.getClass().getSimpleName().endsWith("NotFoundException")) {
            return HttpStatus.NOT_FOUND;
        }
        if (e instanceof RuleViolation || e instanceof IllegalArgumentException) {
            return HttpStatus.BAD_REQUEST;
        }
        return null;
    }
}
