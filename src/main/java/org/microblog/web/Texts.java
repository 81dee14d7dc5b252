package org.microblog.web;

import java.util.Locale;
import org.springframework.context.MessageSource;

/** The interface texts in the viewer's language, for templates: {@code layout.t("nav.home")}. */
public record Texts(MessageSource source, Locale locale) {

    public String t(String key, Object... args) {
        return source.getMessage(key, args, key, locale);
    }
}
