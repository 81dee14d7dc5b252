package org.microblog.auth;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authorization.AuthenticatedAuthorizationManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.handler.HandlerMappingIntrospector;
import org.springframework.web.servlet.resource.ResourceHttpRequestHandler;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * Who may open a page: members, and anybody asking for a path no page answers, so an unknown
 * path is the same 404 for everyone, signed in or not, as in the original (rather than a
 * sign-in page for visitors). Secure by default: any path a handler answers needs a member,
 * unless {@link SecurityConfig} lists it as public. Members are let through without the lookup.
 */
final class MembersOrUnknownPaths implements AuthorizationManager<RequestAuthorizationContext> {

    private final AuthorizationManager<RequestAuthorizationContext> members = AuthenticatedAuthorizationManager.authenticated();
    private final HandlerMappingIntrospector handlers;

    MembersOrUnknownPaths(HandlerMappingIntrospector handlers) {
        this.handlers = handlers;
    }

    @Override
    public AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
            RequestAuthorizationContext context) {
        AuthorizationResult member = members.authorize(authentication, context);
        if (member != null && member.isGranted()) {
            return member;
        }
        return new AuthorizationDecision(!answered(context.getRequest()));
    }

    /** Whether a page (not the static files' catch-all) answers this request, any method counted. */
    private boolean answered(HttpServletRequest request) {
        // Looking up a handler leaves attributes on the request; keep them off the real one.
        HttpServletRequest probe = new PrivateAttributes(request);
        ServletRequestPathUtils.parseAndCache(probe);
        for (HandlerMapping mapping : handlers.getHandlerMappings()) {
            HandlerExecutionChain chain;
            try {
                chain = mapping.getHandler(probe);
            } catch (Exception wrongMethodOrMediaType) {
                // A page answers this path, just not this way: it is still a member's page.
                return true;
            }
            if (chain != null) {
                return !(chain.getHandler() instanceof ResourceHttpRequestHandler);
            }
        }
        return false;
    }

    /** The request with attributes of its own, read-through to the original's. */
    private static final class PrivateAttributes extends HttpServletRequestWrapper {

        private final Map<String, @Nullable Object> attributes = new HashMap<>();

        PrivateAttributes(HttpServletRequest request) {
            super(request);
        }

        @Override
        public @Nullable Object getAttribute(String name) {
            return attributes.containsKey(name) ? attributes.get(name) : super.getAttribute(name);
        }

        @Override
        public void setAttribute(String name, @Nullable Object value) {
            attributes.put(name, value);
        }

        @Override
        public void removeAttribute(String name) {
            attributes.put(name, null);
        }
    }
}
