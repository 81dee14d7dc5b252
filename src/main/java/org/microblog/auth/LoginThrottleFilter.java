package org.microblog.auth;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.microblog.web.Flashes;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

/** Refuses sign-in attempts while {@link LoginThrottle} holds the account or address locked out. */
public class LoginThrottleFilter extends OncePerRequestFilter {

    private final LoginThrottle throttle;
    private final Flashes flashes;

    public LoginThrottleFilter(LoginThrottle throttle, Flashes flashes) {
        this.throttle = throttle;
        this.flashes = flashes;
    }

    /** The same matcher as the sign-in itself (the servlet path alone is empty behind some mappings). */
    private static final RequestMatcher SIGN_IN = PathPatternRequestMatcher.withDefaults()
            .matcher(HttpMethod.POST, "/auth/login");

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !SIGN_IN.matches(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<Duration> wait = throttle.lockedOutFor(request.getParameter("username"), request.getRemoteAddr());
        if (wait.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        long minutes = Math.max(1, (wait.get().toSeconds() + 59) / 60);
        response.setStatus(429);
        response.setHeader("Retry-After", Long.toString(wait.get().toSeconds() + 1));
        response.setContentType("text/html;charset=UTF-8");
        String message = HtmlUtils.htmlEscape(flashes.text(request, "auth.login.throttled", minutes));
        response.getWriter().write("<!doctype html><html lang=\"" + flashes.text(request, "language.code") + "\">"
                + "<meta charset=utf-8><title>" + message + "</title><p>" + message + " <a href=\"/auth/login\">"
                + HtmlUtils.htmlEscape(flashes.text(request, "auth.login.back")) + "</a></p></html>");
    }
}
