package org.microblog.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.jspecify.annotations.Nullable;
import org.slf4j.MDC;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A short random id for every request, so a visitor who reports a failure and the log line of
 * that failure can be matched: it is in the logging context ({@link MDC} key {@value #KEY})
 * while the request runs, in the one ERROR line each server error logs, on the 500 page and
 * in the JSON error ({@code request_id}). It is made here, never taken from the client.
 */
public final class RequestIds extends OncePerRequestFilter {

    /** The MDC key, and the JSON error's field. */
    public static final String KEY = "request_id";

    private static final String ATTRIBUTE = RequestIds.class.getName();
    private static final SecureRandom RANDOM = new SecureRandom();

    /** The id of the request this thread is answering, or {@code null} outside a request. */
    public static @Nullable String current() {
        return MDC.get(KEY);
    }

    /** The id of this request (also while its error page is rendered). */
    static @Nullable String of(HttpServletRequest request) {
        return request.getAttribute(ATTRIBUTE) instanceof String id ? id : current();
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false; // the error page is rendered after the request's own pass, and logs under its id
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String id = request.getAttribute(ATTRIBUTE) instanceof String known ? known : newId();
        request.setAttribute(ATTRIBUTE, id);
        String outer = MDC.get(KEY);
        MDC.put(KEY, id);
        try {
            chain.doFilter(request, response);
        } finally {
            if (outer == null) {
                MDC.remove(KEY);
            } else {
                MDC.put(KEY, outer);
            }
        }
    }

    private static String newId() {
        byte[] bytes = new byte[6];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
