package org.microblog.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * The viewer's language: the one they chose (a {@code lang} cookie set by the chooser in the
 * footer), else the first of their browser's languages that the site speaks, else English.
 */
class LanguageResolver extends CookieLocaleResolver {

    static final String COOKIE = "lang";

    private final List<Locale> supported;

    LanguageResolver(List<Locale> supported) {
        super(COOKIE);
        this.supported = supported;
        setCookieMaxAge(java.time.Duration.ofDays(365));
        setCookieSameSite("Lax");
        setCookieHttpOnly(true);
        setDefaultLocaleFunction(request -> bestMatch(request, supported));
        setRejectInvalidCookies(true);
    }

    /** Only a language the site speaks can be chosen; anything else keeps the current choice. */
    @Override
    public void setLocale(HttpServletRequest request, jakarta.servlet.http.@org.jspecify.annotations.Nullable HttpServletResponse response,
            @org.jspecify.annotations.Nullable Locale locale) {
        if (locale == null || supported.stream().anyMatch(l -> l.getLanguage().equals(locale.getLanguage()))) {
            super.setLocale(request, response, locale);
        }
    }

    private static Locale bestMatch(HttpServletRequest request, List<Locale> supported) {
        if (request.getHeader("Accept-Language") != null) {
            for (Locale wanted : Collections.list(request.getLocales())) {
                for (Locale offered : supported) {
                    if (offered.getLanguage().equals(wanted.getLanguage())) {
                        return offered;
                    }
                }
            }
        }
        return supported.get(0);
    }
}
