package org.microblog.web;

import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Slice;

/**
 * One page of a list, numbered from 1. It knows only whether a next page exists (one extra
 * row fetched), never the total: counting a whole timeline would cost more than the page.
 */
public record PageOf<T>(List<T> items, int page, boolean hasNext) {

    /** Pages beyond this are refused as nonsense rather than scanned. */
    public static final int MAX_PAGE = 100_000;

    public boolean hasPrevious() {
        return page > 1;
    }

    /** The query for page {@code page} (1-based, clamped) of {@code size} rows. */
    public static PageRequest request(int page, int size) {
        return PageRequest.of(clamp(page) - 1, size);
    }

    /** A page of views made from a page of rows. */
    public static <E, T> PageOf<T> of(Slice<E> slice, Function<? super E, T> view) {
        return new PageOf<>(slice.getContent().stream().<T>map(view).toList(), slice.getNumber() + 1, slice.hasNext());
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
