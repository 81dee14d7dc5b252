package org.microblog.post;

import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.microblog.user.UserPaths;
import org.microblog.web.Layout;
import org.springframework.web.util.HtmlUtils;

/**
 * HTML pieces of a post for {@code tag/post.jte}: the "{username} said {when}" line is one
 * translated sentence whose placeholders become a link and a {@code <time>} element, so each
 * language can order the words its own way.
 */
public final class PostMarkup {

    /** Marks where an HTML argument goes; a private-use character that escaping leaves alone. */
    private static final char MARK = '\uE000';

    private static final DateTimeFormatter READABLE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private PostMarkup() {
    }

    /** The line above a post, as safe HTML, in the page's language. */
    public static String said(Layout layout, PostView post) {
        return sentence(layout, "post.said", author(post), time(post));
    }

    /** The author's name, linked to their profile, with the popover class. */
    static String author(PostView post) {
        return "<a href=\"" + escape(UserPaths.profile(post.authorUsername())) + "\" class=\"user-popup\">" + escape(post.authorUsername())
                + "</a>";
    }

    /**
     * When the post was written: the exact UTC time in the attribute and, readable without
     * JavaScript, in the text; {@code app.js} replaces the text with "3 minutes ago".
     */
    static String time(PostView post) {
        var when = post.timestamp().truncatedTo(ChronoUnit.SECONDS);
        return "<time datetime=\"" + when + "\" data-relative>" + READABLE.format(when) + "</time>";
    }

    /** A translated text whose arguments are HTML: the text is escaped, the arguments are not. */
    static String sentence(Layout layout, String key, String... htmlArguments) {
        Object[] marks = new Object[htmlArguments.length];
        for (int i = 0; i < marks.length; i++) {
            marks[i] = MARK + Integer.toString(i) + MARK;
        }
        String html = escape(layout.t(key, marks));
        for (int i = 0; i < marks.length; i++) {
            html = html.replace((String) marks[i], htmlArguments[i]);
        }
        return html;
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, StandardCharsets.UTF_8.name());
    }
}
