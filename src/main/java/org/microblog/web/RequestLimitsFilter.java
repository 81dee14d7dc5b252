package org.microblog.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.microblog.core.FieldText;
import org.microblog.core.RuleViolation;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses, before anything else reads it, a request that would otherwise fail deep inside:
 * a wildcard or unparsable {@code Content-Type} (415), a body over {@value #MAX_BODY_BYTES} bytes (413; a body without a length is cut off there by
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
        if (!readableContentType(request.getContentType())) {
            refuseContentType(request, response);
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

    /**
     * A declared body type must be one a converter could read: Spring MVC cannot even choose a
     * handler for a wildcard ({@code *}{@code /*}, {@code text/*}) or unparsable one, and fails
     * with a 500, on any path, the error page's included. Unknown concrete types pass: the
     * handler that reads the body answers them 415 itself.
     */
    private static boolean readableContentType(@Nullable String declared) {
        if (declared == null || declared.isBlank()) {
            return true;
        }
        try {
            MediaType type = MediaType.parseMediaType(declared);
            return !type.isWildcardType() && !type.isWildcardSubtype();
        } catch (InvalidMediaTypeException unreadable) {
            return false;
        }
    }

    /**
     * 415 with the site's page or the API's JSON: forwarded to the error page by hand, with the
     * header hidden, since the container's own error dispatch would meet the header again.
     */
    private static void refuseContentType(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE);
        request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, request.getRequestURI());
        response.setStatus(HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE);
        request.getRequestDispatcher("/error").forward(new WithoutContentType(request), response);
    }

    /** The request as if it declared no body type. */
    private static final class WithoutContentType extends HttpServletRequestWrapper {

        WithoutContentType(HttpServletRequest request) {
            super(request);
        }

        @Override
        public @Nullable String getContentType() {
            return null;
        }

        @Override
        public @Nullable String getHeader(String name) {
            return HttpHeaders.CONTENT_TYPE.equalsIgnoreCase(name) ? null : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return HttpHeaders.CONTENT_TYPE.equalsIgnoreCase(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
        }

        @Override
        public Enumeration<String> getHeaderNames() {
            return Collections.enumeration(Collections.list(super.getHeaderNames()).stream()
                    .filter(name -> !HttpHeaders.CONTENT_TYPE.equalsIgnoreCase(name)).toList());
        }
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
