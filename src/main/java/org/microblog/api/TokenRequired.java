package org.microblog.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.microblog.web.CurrentMembers;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Every handler of this package needs a valid bearer token unless it is a
 * {@link PublicEndpoint}: secure by default. Checked after routing, so an unknown path or a
 * wrong method gets 404 or 405 with or without a token, as in the original.
 */
class TokenRequired implements HandlerInterceptor {

    private final CurrentMembers currentMembers;

    TokenRequired(CurrentMembers currentMembers) {
        this.currentMembers = currentMembers;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (handler instanceof HandlerMethod method
                && method.getBeanType().getPackageName().equals(TokenRequired.class.getPackageName())
                && !method.hasMethodAnnotation(PublicEndpoint.class)
                && currentMembers.current().isEmpty()) {
            throw ApiException.tokenRequired();
        }
        return true;
    }
}
