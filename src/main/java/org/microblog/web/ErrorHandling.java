package org.microblog.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Every exception a handler throws becomes an error page or JSON error with the status it
 * stands for ({@link ErrorStatus}): a wrong type in {@code ?page=abc} or a refused post is a
 * 400, an unknown member or path a 404, a wrong method a 405, the database out of reach a 503,
 * a client that went away nothing at all, anything unexpected a logged 500.
 * Ordered last, so a more specific advice (such as the API's) answers first.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ErrorHandling {

    /** Requests the REST API answers itself, errors included. */
    static final String API_PREFIX = "/api/";

    private final ErrorPages pages;

    ErrorHandling(ErrorPages pages) {
        this.pages = pages;
    }

    @ExceptionHandler(Exception.class)
    @Nullable ModelAndView handle(Exception exception, HttpServletRequest request, HttpServletResponse response) throws Exception {
        if (ErrorStatus.clientGone(exception)) {
            // The reader closed the page or dropped the connection: nothing to answer, nobody's failure.
            return pages.render(request, response, ErrorStatus.of(exception), exception);
        }
        if (exception instanceof AccessDeniedException || exception instanceof AuthenticationException
                || response.isCommitted() || request.getRequestURI().startsWith(API_PREFIX)) {
            // Spring Security answers these (sign-in page, 403); a committed response cannot change;
            // the API writes its own JSON errors for everything under /api.
            throw exception;
        }
        return pages.render(request, response, ErrorStatus.of(exception), exception);
    }
}
