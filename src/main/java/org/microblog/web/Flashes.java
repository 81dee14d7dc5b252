package org.microblog.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import org.microblog.core.NotFound;
import org.microblog.core.RuleViolation;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * Texts shown once on the next page, after a redirect (Post/Redirect/Get). A flash is a key of
 * the bundles under {@code texts/} with its arguments; the page that shows it looks it up.
 */
@Component
public class Flashes {

    static final String ATTRIBUTE = "flashes";

    private final SessionFlashMapManager flashMapManager = new SessionFlashMapManager();

    /** From a controller that redirects. */
    @SuppressWarnings("unchecked")
    public void add(RedirectAttributes redirect, String key, Object... args) {
        List<Flash> list = (List<Flash>) redirect.getFlashAttributes().get(ATTRIBUTE);
        if (list == null) {
            list = new ArrayList<>();
            redirect.addFlashAttribute(ATTRIBUTE, list);
        }
        list.add(Flash.of(key, args));
    }

    /** A service's refusal of the request as a whole ("You cannot follow yourself!"). */
    public void add(RedirectAttributes redirect, RuleViolation violation) {
        add(redirect, violation.textKey(), violation.arguments());
    }

    /** What the request named and does not exist ("User susan not found."). */
    public void add(RedirectAttributes redirect, NotFound notFound) {
        add(redirect, notFound.textKey(), notFound.name());
    }

    /** From a filter or handler outside Spring MVC (sign-in, sign-out), before it redirects. */
    public void addForNextRequest(HttpServletRequest request, HttpServletResponse response, String key, Object... args) {
        FlashMap flash = new FlashMap();
        flash.put(ATTRIBUTE, new ArrayList<>(List.of(Flash.of(key, args))));
        flashMapManager.saveOutputFlashMap(flash, request, response);
    }
}
