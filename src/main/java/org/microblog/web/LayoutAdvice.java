package org.microblog.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
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
        long unread = member == null || navigation == null || !rendersPage(request) ? 0
                : navigation.unreadMessages(member.id());
        return new Layout(member, csrf, flashes(request), new Messages(messageSource, locale), request.getRequestURI(),
                unread);
    }

    /** JSON and event-stream handlers get the layout too (it is a controller advice) but never show it. */
    private static boolean rendersPage(HttpServletRequest request) {
        Object handler = request.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE);
        if (!(handler instanceof HandlerMethod method)) {
            return true;
        }
        boolean body = method.hasMethodAnnotation(ResponseBody.class)
                || AnnotatedElementUtils.hasAnnotation(method.getBeanType(), ResponseBody.class);
        return !body && !SseEmitter.class.isAssignableFrom(method.getMethod().getReturnType());
    }

    @SuppressWarnings("unchecked")
    private static List<String> flashes(HttpServletRequest request) {
        var flash = RequestContextUtils.getInputFlashMap(request);
        Object messages = flash == null ? null : flash.get(Flashes.ATTRIBUTE);
        return messages instanceof List<?> list ? (List<String>) list : List.of();
    }
}
