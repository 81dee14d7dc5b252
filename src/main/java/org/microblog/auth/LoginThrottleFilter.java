package org.microblog.auth;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Counts each sign-in attempt with {@link LoginThrottle} and refuses one past its limits:
 * the request goes no further than the sign-in page, which says how long to wait (status 429).
 */
public class LoginThrottleFilter extends OncePerRequestFilter {

    /** Where a refused attempt is forwarded: the sign-in page in the site's layout. */
    static final String THROTTLED_PATH = "/auth/login/throttled";
    /** The request attribute that carries how long to wait ({@link Duration}) to that page. */
    static final String WAIT_ATTRIBUTE = LoginThrottleFilter.class.getName() + ".wait";
    /** The request attribute that carries the counted {@link LoginThrottle.Attempt} to the success handler. */
    static final String ATTEMPT_ATTRIBUTE = LoginThrottleFilter.class.getName() + ".attempt";

    private final LoginThrottle throttle;

    public LoginThrottleFilter(LoginThrottle throttle) {
        this.throttle = throttle;
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
        // Counted before the password is checked: parallel guesses cannot all pass a count made after.
        LoginThrottle.Result result = throttle.attempt(request.getParameter("username"), request.getRemoteAddr());
        Optional<Duration> wait = result.refusedFor();
        if (wait.isEmpty()) {
            request.setAttribute(ATTEMPT_ATTRIBUTE, result.attempt());
            chain.doFilter(request, response);
            return;
        }
        request.setAttribute(WAIT_ATTRIBUTE, wait.get());
        request.getRequestDispatcher(THROTTLED_PATH).forward(request, response);
    }
}
