package org.microblog.web;

import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A place in a newest-first list: the time and id of the last row shown, so the next page is
 * "rows older than this one" and costs the same however deep it is (a keyset cursor, where
 * {@code ?page=N} would make the database count past every row before it). Written into links
 * as {@code <microseconds since 1970>_<id>}: microseconds are the finest time any of the three
 * databases keeps, so a cursor names exactly the row it came from.
 */
public record Cursor(Instant timestamp, long id) {

    private static final Pattern TOKEN = Pattern.compile("(-?\\d{1,17})_(\\d{1,18})");

    /** The token for links ({@code ?before=…}). */
    public String token() {
        long micros = Math.addExact(Math.multiplyExact(timestamp.getEpochSecond(), 1_000_000L), timestamp.getNano() / 1_000);
        return micros + "_" + id;
    }

    /**
     * A token as anyone may type it; anything that is not one a page wrote (empty, garbage,
     * out of range) is {@code null}, which callers take as "the first page", never an error.
     */
    public static @Nullable Cursor parse(@Nullable String token) {
        if (token == null) {
            return null;
        }
        Matcher matcher = TOKEN.matcher(token.strip());
        if (!matcher.matches()) {
            return null;
        }
        long micros = Long.parseLong(matcher.group(1));
        try {
            Instant timestamp = Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1_000L);
            return new Cursor(timestamp, Long.parseLong(matcher.group(2)));
        } catch (RuntimeException outOfRange) {
            return null;
        }
    }
}
