package org.microblog.post;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * When a post was written, for {@code tag/post.jte}: the exact UTC time for the {@code datetime}
 * attribute and, readable without JavaScript, for the text; {@code app.js} replaces the text
 * with "3 minutes ago". The "{username} said {when}" line around it is one text whose
 * placeholders the template fills with a link and this {@code <time>}.
 */
public final class PostMarkup {

    private static final DateTimeFormatter READABLE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private PostMarkup() {
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
