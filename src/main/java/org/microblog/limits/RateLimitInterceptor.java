package org.microblog.limits;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.microblog.web.MemberPrincipal;
import org.springframework.http.server.PathContainer;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Counts each limited request, before its page or API call runs, against the member's and the
 * address's buckets; a request past a limit gets 429 with {@code Retry-After}, through
 * {@code sendError}, so the site's error page (or the API's JSON error) answers it. A request
 * that one bucket refuses is given back to the buckets that had counted it.
 */
class RateLimitInterceptor implements HandlerInterceptor {

    private record Rule(String method, PathPattern path, List<Function<LimitSettings, RateLimit>> perMember,
            List<Function<LimitSettings, RateLimit>> perAddress,
            @Nullable Function<LimitSettings, RateLimit> perParameter, @Nullable String parameter) {
    }

    private static final PathPatternParser PATHS = PathPatternParser.defaultInstance;

    private static Rule rule(String method, String path, @Nullable Function<LimitSettings, RateLimit> member,
            Function<LimitSettings, RateLimit> address) {
        return new Rule(method, PATHS.parse(path), member == null ? List.of() : List.of(member), List.of(address), null, null);
    }

    private static final List<Rule> RULES = List.of(
            rule("POST", "/auth/register", null, LimitSettings::registrations),
            rule("POST", "/api/users", null, LimitSettings::registrations),
            new Rule("POST", PATHS.parse("/auth/reset_password_request"), List.of(),
                    List.of(LimitSettings::resetRequests), LimitSettings::resetRequestsEmail, "email"),
            rule("POST", "/", LimitSettings::posts, LimitSettings::postsAddress),
            rule("POST", "/index", LimitSettings::posts, LimitSettings::postsAddress),
            rule("POST", "/api/posts", LimitSettings::posts, LimitSettings::postsAddress),
            rule("POST", "/send_message/{recipient}", LimitSettings::messages, LimitSettings::messagesAddress),
            rule("POST", "/messages/{username}", LimitSettings::messages, LimitSettings::messagesAddress),
            rule("POST", "/api/messages", LimitSettings::messages, LimitSettings::messagesAddress),
            rule("POST", "/follow/{username}", LimitSettings::follows, LimitSettings::followsAddress),
            rule("POST", "/unfollow/{username}", LimitSettings::follows, LimitSettings::followsAddress),
            rule("POST", "/api/users/{id}/follow", LimitSettings::follows, LimitSettings::followsAddress),
            rule("DELETE", "/api/users/{id}/follow", LimitSettings::follows, LimitSettings::followsAddress),
            rule("POST", "/translate", LimitSettings::translations, LimitSettings::translationsAddress),
            // Per member only once the password is right: TokenApiController.
            rule("POST", "/api/tokens", null, LimitSettings::tokensAddress));

    private final RateLimits limits;

    RateLimitInterceptor(RateLimits limits) {
        this.limits = limits;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws IOException {
        Rule rule = ruleFor(request);
        if (rule == null) {
            return true;
        }
        LimitSettings settings = limits.settings();
        record Taken(RateLimit limit, String key) {
        }
        List<Taken> taken = new java.util.ArrayList<>();
        List<Taken> wanted = new java.util.ArrayList<>();
        Long member = member();
        if (member != null) {
            rule.perMember().forEach(limit -> wanted.add(new Taken(limit.apply(settings), "member:" + member)));
        }
        String address = request.getRemoteAddr();
        rule.perAddress().forEach(limit -> wanted.add(new Taken(limit.apply(settings), "address:" + address)));
        if (rule.perParameter() != null && rule.parameter() != null) {
            String value = request.getParameter(rule.parameter());
            if (value != null && !value.isBlank()) {
                wanted.add(new Taken(rule.perParameter().apply(settings),
                        rule.parameter() + ":" + value.strip().toLowerCase(Locale.ROOT)));
            }
        }
        for (Taken want : wanted) {
            Optional<Duration> wait = limits.take(want.limit(), want.key());
            if (wait.isPresent()) {
                taken.forEach(t -> limits.giveBack(t.limit(), t.key()));
                response.setHeader("Retry-After", RateLimits.retryAfter(wait.get()));
                response.sendError(429);
                return false;
            }
            taken.add(want);
        }
        return true;
    }

    private static @Nullable Rule ruleFor(HttpServletRequest request) {
        String method = request.getMethod();
        PathContainer path = ServletRequestPathUtils.hasParsedRequestPath(request)
                ? ServletRequestPathUtils.getParsedRequestPath(request).pathWithinApplication()
                : PathContainer.parsePath(request.getRequestURI().substring(request.getContextPath().length()));
        for (Rule rule : RULES) {
            if (rule.method().equals(method) && rule.path().matches(path)) {
                return rule;
            }
        }
        return null;
    }

    private static @Nullable Long member() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof MemberPrincipal principal
                ? principal.id() : null;
    }
}
