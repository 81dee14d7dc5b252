package org.microblog.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import org.microblog.web.ClientGone;
import org.microblog.web.DatabaseOutage;
import org.microblog.web.LimitedBodyRequest;
import org.microblog.web.RequestIds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The outermost filter of the API chain. It keeps every answer under {@code /api} JSON:
 * bodies over {@link #MAX_BODY_BYTES} get 413 (declared or streamed), {@code sendError} from
 * anywhere below (Spring's default resolvers, Spring Security, resource handlers) writes an
 * {@link org.microblog.web.ErrorBody} instead of dispatching to the HTML error page, the database
 * out of reach is a 503 with {@code Retry-After},
 * and an exception that escapes everything becomes a 500, logged once with its request id.
 */
class ApiErrorFilter extends OncePerRequestFilter {

    /** Far above any valid request (posts, messages and profile fields are 140 characters at most). */
    static final int MAX_BODY_BYTES = 64 * 1024;

    private static final Logger log = LoggerFactory.getLogger(ApiErrorFilter.class);

    private final ApiErrorWriter errors;

    ApiErrorFilter(ApiErrorWriter errors) {
        this.errors = errors;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > MAX_BODY_BYTES) {
            errors.write(response, 413, "the request body is larger than " + MAX_BODY_BYTES + " bytes");
            return;
        }
        try {
            chain.doFilter(new LimitedBodyRequest(request, MAX_BODY_BYTES), new JsonErrors(response));
        } catch (IOException | ServletException | RuntimeException e) {
            if (LimitedBodyRequest.TooLargeException.causedBy(e)) {
                errors.write(response, 413, "the request body is larger than " + MAX_BODY_BYTES + " bytes");
                return;
            }
            if (ClientGone.causedBy(e)) {
                log.debug("API request {} {}: the client went away ({})", request.getMethod(), request.getRequestURI(), e.toString());
                return;
            }
            if (response.isCommitted()) {
                throw e;
            }
            if (DatabaseOutage.causedBy(e)) {
                errors.unavailable(response, e);
                return;
            }
            log.error("API request {} {} failed (request {})", request.getMethod(), request.getRequestURI(),
                    RequestIds.current(), e);
            errors.write(response, 500, null);
        }
    }

    /** Turns {@code sendError} into a JSON body, so no HTML error page is ever rendered for the API. */
    private final class JsonErrors extends HttpServletResponseWrapper {

        JsonErrors(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void sendError(int status) throws IOException {
            errors.write((HttpServletResponse) getResponse(), status, null);
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            // Container and framework messages are for logs, not clients (they may name internals).
            errors.write((HttpServletResponse) getResponse(), status, null);
        }
    }
}
