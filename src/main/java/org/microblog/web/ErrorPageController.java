package org.microblog.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * The servlet container's error page (replacing Spring Boot's): what it forwards to after
 * {@code sendError} (Spring Security's 403, a refused request) or an exception that escaped
 * Spring MVC (one thrown in a filter). Exceptions inside Spring MVC are answered by
 * {@link ErrorHandling} without this detour.
 */
@Controller
class ErrorPageController implements ErrorController {

    /** The request attribute with the {@link org.microblog.core.RuleViolation} of a request a filter refused. */
    static final String REFUSAL = ErrorPageController.class.getName() + ".refusal";

    private final ErrorPages pages;

    ErrorPageController(ErrorPages pages) {
        this.pages = pages;
    }

    @RequestMapping("${server.error.path:/error}")
    @Nullable ModelAndView error(HttpServletRequest request, HttpServletResponse response) {
        @Nullable Throwable exception = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable t ? t
                : request.getAttribute(REFUSAL) instanceof Throwable refusal ? refusal : null;
        return pages.render(request, response, status(request, exception), exception);
    }

    private static HttpStatusCode status(HttpServletRequest request, @Nullable Throwable exception) {
        if (exception != null && (ErrorStatus.of(exception).is4xxClientError() || DatabaseOutage.causedBy(exception))) {
            // Tomcat reports 500 for an exception it cannot classify (one thrown by a filter, before
            // any handler); bad input is still bad input, and a database out of reach still a 503.
            return ErrorStatus.of(exception);
        }
        if (request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code && code >= 400) {
            return HttpStatusCode.valueOf(code);
        }
        // Someone opened /error itself.
        return exception == null ? HttpStatus.NOT_FOUND : HttpStatus.INTERNAL_SERVER_ERROR;
    }
}
