package org.microblog.api;

import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.microblog.web.Cursor;
import org.microblog.web.PageOf;
import org.microblog.web.PagePosition;

/**
 * The {@code page} and {@code per_page} query parameters, read as the original did: a value
 * that is not a number falls back to the default (page 1, 10 per page), {@code per_page} is
 * capped at {@value #MAX_PER_PAGE}; never an error. Newest-first lists (posts, timelines,
 * messages) also take {@code before}, the cursor their {@code next} links carry, so following
 * {@code next} costs the same at any depth; a malformed cursor is ignored.
 *
 * @param page the page number, 0 when the page is reached by cursor
 */
record Paging(int page, int perPage, @Nullable Cursor before) {

    static final int DEFAULT_PER_PAGE = 10;
    static final int MAX_PER_PAGE = 100;

    /** A numbered page. */
    Paging(int page, int perPage) {
        this(page, perPage, null);
    }

    static Paging of(@Nullable String page, @Nullable String perPage) {
        return new Paging(PageOf.parse(page), perPage(perPage));
    }

    static Paging of(@Nullable String page, @Nullable String perPage, @Nullable String before) {
        PagePosition at = PagePosition.parse(page, before);
        return new Paging(at.number(), perPage(perPage), at.before());
    }

    PagePosition position() {
        return new PagePosition(page, before);
    }

    private static int perPage(@Nullable String raw) {
        try {
            int value = Integer.parseInt(raw == null ? "" : raw.strip());
            return value < 1 ? DEFAULT_PER_PAGE : Math.min(value, MAX_PER_PAGE);
        } catch (NumberFormatException notANumber) {
            return raw != null && raw.strip().matches("\\+?\\d+") ? MAX_PER_PAGE : DEFAULT_PER_PAGE;
        }
    }

    /** The envelope for a page whose total is known ({@code url_for}-style relative links). */
    <T> CollectionResponse<T> counted(List<T> items, long totalItems, String path) {
        int totalPages = (int) ((totalItems + perPage - 1) / perPage);
        return new CollectionResponse<>(items, new CollectionResponse.Meta(page, perPage, totalPages, totalItems),
                links(path, page < totalPages));
    }

    /**
     * The envelope for a page that only knows whether another follows: {@code next} is after its
     * last item (a cursor), {@code prev} the page before a numbered one or the first page.
     */
    <V, T> CollectionResponse<T> sliced(PageOf<V> slice, Function<V, T> response, String path) {
        Cursor next = slice.next();
        Cursor self = before;
        var links = new CollectionResponse.Links(self != null ? link(path, "before=" + self.token()) : link(path, page),
                next != null ? link(path, "before=" + next.token()) : slice.hasNext() ? link(path, page + 1) : null,
                self != null ? link(path, 1) : page > 1 ? link(path, page - 1) : null);
        return new CollectionResponse<>(slice.items().stream().map(response).toList(),
                new CollectionResponse.Meta(self != null ? null : page, perPage, null, null), links);
    }

    private CollectionResponse.Links links(String path, boolean hasNext) {
        return new CollectionResponse.Links(link(path, page), hasNext ? link(path, page + 1) : null,
                page > 1 ? link(path, page - 1) : null);
    }

    /** {@code path} may carry its own query ({@code ?since=…}); paging comes first, as url_for writes it. */
    private String link(String path, int number) {
        return link(path, "page=" + number);
    }

    private String link(String path, String position) {
        int query = path.indexOf('?');
        String paging = position + "&per_page=" + perPage;
        return query < 0 ? path + "?" + paging : path.substring(0, query) + "?" + paging + "&" + path.substring(query + 1);
    }
}
