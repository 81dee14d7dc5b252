package org.microblog.web;

import org.jspecify.annotations.Nullable;

/**
 * Which page of a newest-first list is asked for: either "after this cursor" (the links the
 * site writes, {@code ?before=…}) or a page number (the original's {@code ?page=N}, kept for
 * old links and the API; a deep number costs more, since the database skips the rows before it).
 *
 * @param number the 1-based page number; with a cursor only what the link said (for the
 *     "Newer" link), 0 when it said nothing
 * @param before the last row of the previous page, or {@code null} for a numbered page
 */
public record PagePosition(int number, @Nullable Cursor before) {

    public static PagePosition first() {
        return new PagePosition(1, null);
    }

    /** Page {@code number} (clamped as {@link PageOf#clamp(int)} does). */
    public static PagePosition number(int number) {
        return new PagePosition(PageOf.clamp(number), null);
    }

    /**
     * The {@code ?before=} and {@code ?page=} parameters as anyone may type them: a cursor that
     * is well formed decides where the page starts (the page number beside it only names the
     * page), a malformed one is ignored (the page number, else the first page).
     */
    public static PagePosition parse(@Nullable String page, @Nullable String before) {
        Cursor cursor = Cursor.parse(before);
        if (cursor == null) {
            return number(PageOf.parse(page));
        }
        return new PagePosition(page == null || page.isBlank() ? 0 : PageOf.parse(page), cursor);
    }

    /** How many rows come before this page when it is a numbered one (0 for a cursor). */
    public long offset(int size) {
        return before == null ? (long) (number - 1) * size : 0;
    }
}
