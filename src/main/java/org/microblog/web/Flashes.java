package org.microblog.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * Texts shown once on the next page, after a redirect (Post/Redirect/Get), in the
 * viewer's language. Keys name texts in the bundles under {@code texts/}.
 */
@Component
public class Flashes {

    static final String ATTRIBUTE = "flashes";

    private final MessageSource texts;
    private final LocaleResolver localeResolver;
    private final SessionFlashMapManager flashMapManager = new SessionFlashMapManager();

    Flashes(MessageSource texts, LocaleResolver localeResolver) {
        this.texts = texts;
        this.localeResolver = localeResolver;
    }

    /** From a controller that redirects. */
    @SuppressWarnings("unchecked")
    public void add(RedirectAttributes redirect, String key, Object... args) {
        List<String> list = (List<String>) redirect.getFlashAttributes().get(ATTRIBUTE);
        if (list == null) {
            list = new ArrayList<>();
            redirect.addFlashAttribute(ATTRIBUTE, list);
        }
        list.add(texts.getMessage(key, args, key, LocaleContextHolder.getLocale()));
    }

    /** A text in the language of a request outside Spring MVC. */
    public String text(HttpServletRequest request, String key, Object... args) {
        return texts.getMessage(key, args, key, localeResolver.resolveLocale(request));
    }

    /** From a filter or handler outside Spring MVC (sign-in, sign-out), before it redirects. */
    public void addForNextRequest(HttpServletRequest request, HttpServletResponse response, String key, Object... args) {
        FlashMap flash = new FlashMap();
        flash.put(ATTRIBUTE, new ArrayList<>(List.of(text(request, key, args))));
        flashMapManager.saveOutputFlashMap(flash, request, response);
    }
}
