package org.microblog.web;

import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * One page of a newest-first list. It knows only whether a next page exists (one extra row
 * fetched), never the total: counting a whole timeline would cost more than the page. The next
 * page is named by a {@link Cursor} (the last row here), so "Older posts" costs the same at any
 * depth.
 *
 * @param page the 1-based number of this page, or 0 when it was reached by a cursor whose link
 *     did not say (then "newer" leads back to the first page)
 * @param next where the next page starts, {@code null} when there is none
 */
public record PageOf<T>(List<T> items, int page, boolean hasNext, @Nullable Cursor next) {

    /** Pages beyond this are refused as nonsense rather than scanned. */
    public static final int MAX_PAGE = 100_000;

    /** A page without a cursor to the next one (lists that are not newest-first, or empty ones). */
    public PageOf(List<T> items, int page, boolean hasNext) {
        this(items, page, hasNext, null);
    }

    /** Whether newer rows exist: on a numbered page beyond the first, or on any page reached by cursor. */
    public boolean hasPrevious() {
        return page != 1;
    }

    /**
     * The "Older" link for a list at {@code path} (which may carry its own query): after this
     * page's last row, so it costs the same at any depth; {@code null} on the last page.
     */
    public @Nullable String olderHref(String path) {
        if (!hasNext) {
            return null;
        }
        if (next == null) {
            return withQuery(path, "page=" + (page + 1));
        }
        // the number rides along only to name the page, so that "Newer" can step back one
        return withQuery(path, "before=" + next.token() + (page > 0 ? "&page=" + (page + 1) : ""));
    }

    /**
     * The "Newer" link: the numbered page before this one (as the original's links, so posts
     * that arrived meanwhile shift it), or the first page when the number is unknown;
     * {@code null} on the first page.
     */
    public @Nullable String newerHref(String path) {
        if (!hasPrevious()) {
            return null;
        }
        return page > 1 ? withQuery(path, "page=" + (page - 1)) : path;
    }

    private static String withQuery(String path, String parameter) {
        return path + (path.contains("?") ? "&" : "?") + parameter;
    }

    /** A page of views made from the rows read at {@code at}; the next page starts after the last of them. */
    public static <E, T> PageOf<T> of(List<E> rows, boolean hasNext, PagePosition at, Function<? super E, T> view,
            Function<? super T, Cursor> cursorOf) {
        List<T> items = rows.stream().<T>map(view).toList();
        return new PageOf<>(items, at.number(), hasNext, hasNext && !items.isEmpty() ? cursorOf.apply(items.get(items.size() - 1)) : null);
    }

    /**
     * The {@code ?page=} parameter as typed by anyone: a number below 1 or no number at all means
     * the first page, a number too large the last allowed one. Never an error.
     */
    public static int parse(@Nullable String raw) {
        String text = raw == null ? "" : raw.strip();
        try {
            return clamp(Integer.parseInt(text));
        } catch (NumberFormatException notAnInt) {
            return text.matches("\\+?\\d+") ? MAX_PAGE : 1;
        }
    }

    /** A requested page number made safe: below 1 means 1, absurdly large means the last allowed. */
    public static int clamp(int page) {
        return Math.max(1, Math.min(page, MAX_PAGE));
    }
}
