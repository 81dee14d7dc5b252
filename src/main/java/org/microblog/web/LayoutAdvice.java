package org.microblog.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.microblog.config.MicroblogProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.RequestContextUtils;

/** Puts the {@link Layout} into the model of every page controller, and builds it for error pages. */
@ControllerAdvice(annotations = Controller.class)
class LayoutAdvice {

    private static final Layout.Csrf NO_TOKEN = new Layout.Csrf("_csrf", "X-CSRF-TOKEN", "");

    private final MessageSource texts;
    private final CurrentMembers currentMembers;
    private final ObjectProvider<NavigationCounts> counts;
    private final Clock clock;
    private final List<Locale> languages;
    private final boolean translation;

    LayoutAdvice(MessageSource texts, CurrentMembers currentMembers, ObjectProvider<NavigationCounts> counts,
            Clock clock, MicroblogProperties properties) {
        this.clock = clock;
        this.languages = properties.languages();
        this.translation = properties.translation().configured();
        this.texts = texts;
        this.currentMembers = currentMembers;
        this.counts = counts;
    }

    @ModelAttribute("layout")
    Layout layout(HttpServletRequest request, Locale locale) {
        CurrentMember member = currentMembers.current().orElse(null);
        NavigationCounts navigation = counts.getIfAvailable();
        Supplier<NavigationCounts.Badges> counted = member == null || navigation == null
                ? () -> NavigationCounts.Badges.NONE
                : new Once(() -> navigation.badges(member.id()));
        return new Layout(member, csrf(request), flashes(request), new Texts(texts, locale), path(request),
                query(request), counted, clock.instant(), languages, translation);
    }

    /**
     * The layout without the database's numbers (the badge shows none), for a server error's
     * page: the database may be the reason it failed, and the page must still render.
     */
    Layout withoutCounts(HttpServletRequest request, Locale locale) {
        CurrentMember member = currentMembers.current().orElse(null);
        return new Layout(member, csrf(request), flashes(request), new Texts(texts, locale), path(request),
                query(request), () -> NavigationCounts.Badges.NONE, clock.instant(), languages, translation);
    }

    /** Looks the numbers up the first time they are asked for, then remembers them. */
    private static final class Once implements Supplier<NavigationCounts.Badges> {

        private final Supplier<NavigationCounts.Badges> source;
        private NavigationCounts.@Nullable Badges value;

        Once(Supplier<NavigationCounts.Badges> source) {
            this.source = source;
        }

        @Override
        public NavigationCounts.Badges get() {
            if (value == null) {
                value = source.get();
            }
            return value;
        }
    }

    /**
     * The token of this request. Error pages can be rendered where there is none (a request
     * refused before Spring Security saw it) or where it can no longer be stored (the session
     * cannot be created any more): their forms then carry no token rather than failing.
     */
    private static Layout.Csrf csrf(HttpServletRequest request) {
        if (!(request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token)) {
            return NO_TOKEN;
        }
        try {
            return new Layout.Csrf(token.getParameterName(), token.getHeaderName(), token.getToken());
        } catch (IllegalStateException cannotStoreToken) {
            return NO_TOKEN;
        }
    }

    /** The path the visitor asked for, also on the error page that answers it. */
    private static String path(HttpServletRequest request) {
        if (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String original) {
            return original;
        }
        return request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI) instanceof String forwarded ? forwarded
                : request.getRequestURI();
    }

    /** The query string of that path. */
    private static @Nullable String query(HttpServletRequest request) {
        if (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) != null) {
            return (String) request.getAttribute(RequestDispatcher.ERROR_QUERY_STRING);
        }
        return request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI) != null
                ? (String) request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING) : request.getQueryString();
    }

    @SuppressWarnings("unchecked")
    private static List<Flash> flashes(HttpServletRequest request) {
        var flash = RequestContextUtils.getInputFlashMap(request);
        Object flashed = flash == null ? null : flash.get(Flashes.ATTRIBUTE);
        return flashed instanceof List<?> list ? (List<Flash>) list : List.of();
    }
}
