package org.microblog.web;

import gg.jte.Content;
import gg.jte.TemplateOutput;
import gg.jte.support.LocalizationSupport;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;

/**
 * The interface texts in the viewer's language, as jte's {@link LocalizationSupport}: templates
 * write {@code ${layout.localize("nav.home")}} or {@code ${layout.localize("post.said", author, time)}}.
 *
 * <p>Texts are {@link java.text.MessageFormat} patterns (as Spring formats them), so plurals are
 * choices: {@code {0,choice,1#1 follower|1<{0} followers}}. A number argument is formatted by
 * the pattern; any other argument (a username, or a piece of HTML as jte {@link Content}) is
 * written in its place by the template, escaped unless it is {@code Content}. The text itself is
 * always escaped: a translation cannot inject markup.
 */
public record Texts(MessageSource source, Locale locale) implements LocalizationSupport {

    /** Marks where a non-number argument goes; a private-use character no text contains. */
    private static final char MARK = '\uE000';

    @Override
    public String lookup(String key) {
        return source.getMessage(key, null, key, locale);
    }

    @Override
    public Content localize(String key) {
        String text = lookup(key);
        return output -> output.writeUserContent(text);
    }

    @Override
    public Content localize(String key, Object... params) {
        Object[] args = new Object[params.length];
        for (int i = 0; i < params.length; i++) {
            // Numbers stay numbers so that choices (plurals) and number formats see them.
            args[i] = params[i] instanceof Number ? params[i] : MARK + Integer.toString(i) + MARK;
        }
        String text = source.getMessage(key, args, key, locale);
        return output -> write(output, text, params);
    }

    /** A form error or other resolvable (codes, arguments, default text). */
    public Content localize(MessageSourceResolvable resolvable) {
        String text = source.getMessage(resolvable, locale);
        return output -> output.writeUserContent(text);
    }

    /** A flashed text. */
    public Content localize(Flash flash) {
        return localize(flash.key(), flash.args().toArray());
    }

    /**
     * A text as a plain string, for what is not a page: an email's subject and its plain-text
     * body, where HTML escaping would garble names such as "Tom &amp; Jerry".
     */
    public String plain(String key, Object... args) {
        return source.getMessage(key, args, key, locale);
    }

    private static void write(TemplateOutput output, String text, Object[] params) {
        int start = 0;
        while (true) {
            int open = text.indexOf(MARK, start);
            int close = open < 0 ? -1 : text.indexOf(MARK, open + 1);
            if (close < 0) {
                output.writeUserContent(text.substring(start));
                return;
            }
            output.writeUserContent(text.substring(start, open));
            writeParam(output, params[Integer.parseInt(text.substring(open + 1, close))]);
            start = close + 1;
        }
    }

    private static void writeParam(TemplateOutput output, @Nullable Object param) {
        if (param instanceof Content content) {
            output.writeUserContent(content);
        } else {
            output.writeUserContent(param == null ? "" : param.toString());
        }
    }
}
