package org.microblog.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.microblog.core.FieldText;
import org.microblog.core.RuleViolation;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses, before anything else reads it, a request that would otherwise fail deep inside:
 * a body over {@value #MAX_BODY_BYTES} bytes (413; a body without a length is cut off there by
 * {@link LimitedBodyRequest}), a query string over {@value #MAX_QUERY_LENGTH} characters (414),
 * parameters Tomcat cannot parse (its status: too large, too many, malformed) and a control
 * character ({@link FieldText#unstorable}: NUL, escape, …; line breaks and tabs pass, for
 * textareas) in any parameter name or value or in Basic credentials (400 naming the field):
 * PostgreSQL refuses NUL in text, so a stray {@code %00} would otherwise end as a 500 in the
 * middle of a transaction, and the other databases would store it. Fields with a rule of their
 * own (posts, names, addresses) refine this: no line breaks in a username.
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
            RuleViolation refusal = unstorable(request.getParameterMap());
            if (refusal == null) {
                refusal = unstorableCredentials(request.getHeader(HttpHeaders.AUTHORIZATION));
            }
            if (refusal != null) {
                // The error page names the field; a client's mistake, so not worth a log line above DEBUG.
                request.setAttribute(ErrorPageController.REFUSAL, refusal);
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

    private static @Nullable RuleViolation unstorable(Map<String, String[]> parameters) {
        for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
            String name = parameter.getKey();
            boolean refused = FieldText.unstorable(name, name, false) != null;
            for (String value : parameter.getValue()) {
                refused |= FieldText.unstorable(name, value, true) != null;
            }
            if (refused) {
                return refusal(name);
            }
        }
        return null;
    }

    /** Basic credentials, which reach the member lookup before any rule could see them. */
    private static @Nullable RuleViolation unstorableCredentials(@Nullable String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        String credentials;
        try {
            credentials = new String(Base64.getDecoder().decode(authorization.substring(6).strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            return null; // refused as unreadable credentials where they are read
        }
        return FieldText.unstorable("credentials", credentials, false) == null ? null : refusal("credentials");
    }

    private static RuleViolation refusal(String field) {
        String shown = FieldText.unstorable(field, field, false) == null ? field : "?";
        return RuleViolation.onField(shown, "errors.controlCharacters", shown + " must not contain control characters", shown);
    }
}
