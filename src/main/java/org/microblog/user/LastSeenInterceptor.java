package org.microblog.user;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.microblog.web.CurrentMembers;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Records that a signed-in member is active, as the original's {@code before_request} did.
 * Only requests that reach a controller count: static files, WebJars and avatar images never
 * do (they are not handler methods), nor error dispatches. {@link UserService#touchLastSeen}
 * writes at most once a minute per member.
 */
class LastSeenInterceptor implements HandlerInterceptor {

    private final UserService users;
    private final CurrentMembers currentMembers;

    LastSeenInterceptor(UserService users, CurrentMembers currentMembers) {
        this.users = users;
        this.currentMembers = currentMembers;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (handler instanceof HandlerMethod && request.getDispatcherType() == DispatcherType.REQUEST) {
            currentMembers.current().ifPresent(member -> users.touchLastSeen(member.id()));
        }
        return true;
    }
}
