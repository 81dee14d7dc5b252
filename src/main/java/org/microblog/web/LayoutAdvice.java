package org.microblog.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.RequestContextUtils;

/** Puts the {@link Layout} into the model of every page controller. */
@ControllerAdvice(annotations = Controller.class)
class LayoutAdvice {

    private final MessageSource messageSource;
    private final CurrentMembers currentMembers;
    private final ObjectProvider<NavigationCounts> counts;

    LayoutAdvice(MessageSource messageSource, CurrentMembers currentMembers, ObjectProvider<NavigationCounts> counts) {
        this.messageSource = messageSource;
        this.currentMembers = currentMembers;
        this.counts = counts;
    }

    @ModelAttribute("layout")
    Layout layout(HttpServletRequest request, Model model, Locale locale) {
        CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        Layout.Csrf csrf = token == null ? new Layout.Csrf("_csrf", "X-CSRF-TOKEN", "")
                : new Layout.Csrf(token.getParameterName(), token.getHeaderName(), token.getToken());
        CurrentMember member = currentMembers.current().orElse(null);
        NavigationCounts navigation = counts.getIfAvailable();
        long unread = member == null || navigation == null ? 0 : navigation.unreadMessages(member.id());
        return new Layout(member, csrf, flashes(request), new Messages(messageSource, locale), request.getRequestURI(),
                unread);
    }

    @SuppressWarnings("unchecked")
    private static List<String> flashes(HttpServletRequest request) {
        var flash = RequestContextUtils.getInputFlashMap(request);
        Object messages = flash == null ? null : flash.get(Flashes.ATTRIBUTE);
        return messages instanceof List<?> list ? (List<String>) list : List.of();
    }
}
