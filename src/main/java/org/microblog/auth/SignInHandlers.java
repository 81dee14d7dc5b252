package org.microblog.auth;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import org.microblog.web.DatabaseOutage;
import org.microblog.web.Flashes;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.stereotype.Component;

/**
 * Where sign-in leads, as in the original: {@code next} when local, the home page otherwise;
 * where signing out leads: the sign-in page, saying so.
 */
@Component
public class SignInHandlers implements AuthenticationSuccessHandler, AuthenticationFailureHandler,
        AuthenticationEntryPoint, LogoutSuccessHandler {

    private final Flashes flashes;
    private final MemberSessions sessions;

    SignInHandlers(Flashes flashes, MemberSessions sessions) {
        this.flashes = flashes;
        this.sessions = sessions;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) throws IOException {
        if (request.getAttribute(LoginThrottleFilter.ATTEMPT_ATTRIBUTE) instanceof LoginThrottle.Attempt attempt) {
            attempt.succeeded();
        }
        sessions.signedIn(request, authentication);
        response.sendRedirect(request.getContextPath() + LocalRedirects.orDefault(request.getParameter("next"), "/index"));
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        if (exception instanceof InternalAuthenticationServiceException) {
            // Not a wrong password: the member could not be read. The error pages answer it as any
            // page's failure: 503 with Retry-After when the database is out of reach (logged once
            // per outage), else a 500 logged with its request id.
            request.setAttribute(RequestDispatcher.ERROR_EXCEPTION, exception.getCause() != null ? exception.getCause() : exception);
            response.sendError(DatabaseOutage.causedBy(exception) ? HttpServletResponse.SC_SERVICE_UNAVAILABLE
                    : HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
            return;
        }
        // Counted already, before the password was checked (LoginThrottleFilter).
        flashes.addForNextRequest(request, response, "auth.login.invalid");
        String next = request.getParameter("next");
        String query = next == null || next.isEmpty() ? "" : "?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8);
        response.sendRedirect(request.getContextPath() + "/auth/login" + query);
    }

    /** A visitor asked for a members' page: sign in first, then come back. */
    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String query = request.getQueryString();
        String next = query == null ? path : path + "?" + query;
        flashes.addForNextRequest(request, response, "auth.login.required");
        response.sendRedirect(request.getContextPath() + "/auth/login?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8));
    }

    @Override
    public void onLogoutSuccess(HttpServletRequest request, HttpServletResponse response,
            @Nullable Authentication authentication) throws IOException {
        flashes.addForNextRequest(request, response, "auth.logout.done");
        response.sendRedirect(request.getContextPath() + "/auth/login");
    }
}
