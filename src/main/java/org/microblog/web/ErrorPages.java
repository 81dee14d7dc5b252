package org.microblog.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.microblog.core.RuleViolation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.servlet.view.json.JacksonJsonView;

/**
 * Answers a failed request: a page in the site's layout ({@code error/404}, {@code error/500},
 * {@code error/4xx} for the other client errors), or the {@link ErrorBody} the API writes too
 * when the request prefers JSON or went to the API. A broken rule's page says which rule, in the
 * viewer's language. Server errors are logged with their stack trace and request id and handed to
 * the {@link FailureReporter}s (email to the administrators when mail is configured); the visitor
 * sees only the request id. The database out of reach is a 503 with {@code Retry-After}.
 */
@Component
class ErrorPages {

    private static final Logger log = LoggerFactory.getLogger(ErrorPages.class);

    private final LayoutAdvice layouts;
    private final MessageSource texts;
    private final ObjectProvider<FailureReporter> reporters;
    private final DatabaseOutage outage;
    private final JacksonJsonView json = new JacksonJsonView();

    ErrorPages(LayoutAdvice layouts, MessageSource texts, ObjectProvider<FailureReporter> reporters, DatabaseOutage outage) {
        this.layouts = layouts;
        this.outage = outage;
        this.texts = texts;
        this.reporters = reporters;
        json.setModelKeys(Set.of("error"));
        json.setExtractValueFromSingleKeyModel(true);
    }

    /** The answer, or {@code null} when the client is gone and nothing can be answered. */
    @Nullable ModelAndView render(HttpServletRequest request, HttpServletResponse response, HttpStatusCode status,
            @Nullable Throwable exception) {
        if (ErrorStatus.clientGone(exception)) {
            log.debug("{} {}: the client went away ({})", request.getMethod(), originalUri(request), exception);
            return null;
        }
        logFailure(request, status, exception);
        if (exception instanceof ErrorResponse answer) {
            // For instance the Allow header of a 405.
            answer.getHeaders().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
        }
        if (status.value() == 503) {
            response.setHeader("Retry-After", Long.toString(DatabaseOutage.RETRY_AFTER.toSeconds()));
        }
        Locale locale = RequestContextUtils.getLocale(request);
        @Nullable Throwable failure = ErrorStatus.unwrap(exception);
        ModelAndView result;
        if (JsonPreference.prefersJson(request.getHeader("Accept")) || originalUri(request).startsWith(ErrorHandling.API_PREFIX)) {
            ErrorBody body = ErrorBody.of(status.value(), failure);
            if (status.is5xxServerError()) {
                body = new ErrorBody(body.error(), body.message(), RequestIds.of(request));
            }
            result = new ModelAndView(json, Map.of("error", body));
        } else {
            ErrorPage page = page(status, failure, locale, status.is5xxServerError() ? RequestIds.of(request) : null);
            Layout layout = status.is5xxServerError() ? layouts.withoutCounts(request, locale) : layouts.layout(request, locale);
            result = new ModelAndView(viewName(status), Map.of("layout", layout, "page", page));
        }
        result.setStatus(status);
        return result;
    }

    private ErrorPage page(HttpStatusCode status, @Nullable Throwable exception, Locale locale, @Nullable String requestId) {
        String key = "errors." + status.value();
        if (status.is5xxServerError() && texts.getMessage(key + ".title", null, null, locale) == null) {
            key = "errors.500";
        }
        if (texts.getMessage(key + ".title", null, null, locale) == null) {
            key = "errors.4xx"; // a status without texts of its own
        }
        MessageSourceResolvable explanation = new DefaultMessageSourceResolvable(key + ".message");
        if (exception instanceof RuleViolation violation) {
            // The rule the request broke says more than the status; its key falls back to the status's text.
            explanation = new DefaultMessageSourceResolvable(new String[] {violation.textKey(), key + ".message"},
                    violation.arguments());
        }
        return new ErrorPage(status.value(), key + ".title", explanation, requestId);
    }

    private static String viewName(HttpStatusCode status) {
        return status.value() == 404 ? "error/404" : status.is5xxServerError() ? "error/500" : "error/4xx";
    }

    /**
     * One line per failure, and only ours above DEBUG: a server error is one ERROR with its
     * request id and stack trace; the database out of reach is logged once per outage by
     * {@link DatabaseOutage}; a client's mistake (bad input, a forged CSRF token) is DEBUG.
     */
    private void logFailure(HttpServletRequest request, HttpStatusCode status, @Nullable Throwable exception) {
        String uri = originalUri(request);
        if (status.value() == 503 && exception != null && DatabaseOutage.causedBy(exception)) {
            outage.failed(exception);
            log.debug("{} {} answered 503: the database is unavailable", request.getMethod(), uri);
        } else if (status.is5xxServerError()) {
            log.error("{} {} failed with {} (request {})", request.getMethod(), uri, status.value(), RequestIds.of(request),
                    exception);
            reporters.forEach(reporter -> reporter.report(request.getMethod(), uri, exception));
        } else if (log.isDebugEnabled()) {
            log.debug("{} {} answered {}: {}", request.getMethod(), uri, status.value(),
                    exception == null ? "" : exception.toString());
        }
    }

    private static String originalUri(HttpServletRequest request) {
        Object originalUri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        return originalUri instanceof String original ? original : request.getRequestURI();
    }
}
