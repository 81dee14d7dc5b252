package org.microblog.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The outermost filter of the API chain. It keeps every answer under {@code /api} JSON:
 * bodies over {@link #MAX_BODY_BYTES} get 413 (declared or streamed), {@code sendError} from
 * anywhere below (Spring's default resolvers, Spring Security, resource handlers) writes an
 * {@link ApiError} instead of dispatching to the HTML error page, and an exception that
 * escapes everything becomes a logged 500.
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
            chain.doFilter(new LimitedRequest(request), new JsonErrors(response));
        } catch (IOException | ServletException | RuntimeException e) {
            if (BodyTooLargeException.causedBy(e)) {
                errors.write(response, 413, "the request body is larger than " + MAX_BODY_BYTES + " bytes");
                return;
            }
            if (response.isCommitted()) {
                throw e;
            }
            log.error("API request {} {} failed", request.getMethod(), request.getRequestURI(), e);
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

    /** A request whose body stream fails once more than {@link #MAX_BODY_BYTES} have been read. */
    private static final class LimitedRequest extends HttpServletRequestWrapper {

        private @Nullable ServletInputStream limited;

        LimitedRequest(HttpServletRequest request) {
            super(request);
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (limited == null) {
                limited = new LimitedStream(super.getInputStream());
            }
            return limited;
        }
    }

    private static final class LimitedStream extends ServletInputStream {

        private final ServletInputStream in;
        private long read;

        LimitedStream(ServletInputStream in) {
            this.in = in;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int n) throws BodyTooLargeException {
            read += n;
            if (read > MAX_BODY_BYTES) {
                throw new BodyTooLargeException();
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }

    /** Thrown while reading a body that outgrew the limit; found again in whatever wraps it. */
    static final class BodyTooLargeException extends IOException {

        BodyTooLargeException() {
            super("request body larger than " + MAX_BODY_BYTES + " bytes", null);
        }

        static boolean causedBy(Throwable e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof BodyTooLargeException) {
                    return true;
                }
            }
            return false;
        }
    }
}
