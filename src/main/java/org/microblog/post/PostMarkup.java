package org.microblog.post;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.microblog.user.UserPaths;
import org.microblog.web.Linkify;
import org.springframework.web.util.HtmlUtils;

/**
 * When a post was written, for {@code tag/post.jte}: the exact UTC time for the {@code datetime}
 * attribute and, readable without JavaScript, for the text; {@code app.js} replaces the text
 * with "3 minutes ago". The "{username} said {when}" line around it is one text whose
 * placeholders the template fills with a link and this {@code <time>}.
 */
public final class PostMarkup {

    private static final DateTimeFormatter READABLE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    /** Web addresses first (an {@code @} or {@code #} inside one stays part of it), then mentions and tags. */
    private static final Pattern LINKS = Pattern.compile("(?<url>" + Linkify.URL_REGEX + ")|(?<mention>"
            + Mentions.MENTION.pattern() + ")|(?<tag>" + Tags.TAG.pattern() + ")", Pattern.CASE_INSENSITIVE);

    private PostMarkup() {
    }

    /**
     * A post's text as safe HTML: everything escaped; web addresses, {@code @username}s (to the
     * profile) and {@code #tag}s (to the tag's page) made into links. No query: a name links to
     * its profile whether or not such a member exists (the profile says so).
     */
    public static String html(String body) {
        StringBuilder html = new StringBuilder(body.length() + 32);
        Matcher found = LINKS.matcher(body);
        int last = 0;
        while (found.find()) {
            html.append(HtmlUtils.htmlEscape(body.substring(last, found.start())));
            last = found.end();
            if (found.group("url") != null) {
                html.append(Linkify.link(found.group("url")));
            } else if (found.group("mention") != null) {
                String name = Mentions.trimmed(found.group("mention").substring(1));
                last = found.start() + 1 + name.length(); // trailing dots and dashes stay text
                if (name.isEmpty()) {
                    html.append('@');
                } else {
                    html.append("<a href=\"").append(HtmlUtils.htmlEscape(UserPaths.profile(name)))
                            .append("\" class=\"mention\">@").append(HtmlUtils.htmlEscape(name)).append("</a>");
                }
            } else {
                String tag = Tags.normalized(found.group("tag").substring(1));
                String text = HtmlUtils.htmlEscape(found.group("tag"));
                html.append(tag == null ? text : "<a href=\"" + HtmlUtils.htmlEscape(TagPaths.of(tag))
                        + "\" class=\"hashtag\">" + text + "</a>");
            }
        }
        html.append(HtmlUtils.htmlEscape(body.substring(last)));
        return html.toString();
    }

    /** The instant to the second, as ISO-8601 ({@code 2026-05-01T10:05:42Z}). */
    public static String instant(PostView post) {
        return seconds(post).toString();
    }

    /** The same, readable: {@code 2026-05-01 10:05 UTC}. */
    public static String readable(PostView post) {
        return READABLE.format(seconds(post));
    }

    /** An instant (an edit's), readable as {@link #readable(PostView)}. */
    public static String readable(Instant at) {
        return READABLE.format(at.truncatedTo(ChronoUnit.SECONDS));
    }

    private static Instant seconds(PostView post) {
        return post.timestamp().truncatedTo(ChronoUnit.SECONDS);
    }
}
