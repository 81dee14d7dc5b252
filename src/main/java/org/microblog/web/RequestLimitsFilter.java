package org.microblog.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses, before anything else reads it, a request that would otherwise fail deep inside:
 * a body over {@value #MAX_BODY_BYTES} bytes (413; a body without a length is cut off there by
 * {@link LimitedBodyRequest}), a query string over {@value #MAX_QUERY_LENGTH} characters (414),
 * parameters Tomcat cannot parse (its status: too large, too many, malformed) and a NUL
 * character in any parameter name or value (400): PostgreSQL refuses NUL in text, so a stray
 * {@code %00} would otherwise end as a 500 in the middle of a transaction.
 */
class RequestLimitsFilter extends OncePerRequestFilter {

    static final long MAX_BODY_BYTES = 1024 * 1024;
    static final int MAX_QUERY_LENGTH = 8 * 1024;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long length = request.getContentLengthLong();
        if (length > MAX_BODY_BYTES) {
            response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            return;
        }
        String query = request.getQueryString();
        if (query != null && query.length() > MAX_QUERY_LENGTH) {
            response.sendError(HttpServletResponse.SC_REQUEST_URI_TOO_LONG);
            return;
        }
        try {
            if (containsNul(request.getParameterMap())) {
                response.sendError(HttpServletResponse.SC_BAD_REQUEST);
                return;
            }
        } catch (IllegalStateException unparsable) {
            HttpStatusCode status = ErrorStatus.of(unparsable);
            if (status.is5xxServerError()) {
                throw unparsable;
            }
            response.sendError(status.value());
            return;
        }
        chain.doFilter(length < 0 ? new LimitedBodyRequest(request, MAX_BODY_BYTES) : request, response);
    }

    private static boolean containsNul(Map<String, String[]> parameters) {
        for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
            if (parameter.getKey().indexOf('\0') >= 0) {
                return true;
            }
            for (String value : parameter.getValue()) {
                if (value != null && value.indexOf('\0') >= 0) {
                    return true;
                }
            }
        }
        return false;
    }
}
