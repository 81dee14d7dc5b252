package org.microblog.api;

import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.microblog.web.PageOf;

/**
 * The {@code page} and {@code per_page} query parameters, read as the original did: a value
 * that is not a number falls back to the default (page 1, 10 per page), {@code per_page} is
 * capped at {@value #MAX_PER_PAGE}; never an error.
 */
record Paging(int page, int perPage) {

    static final int DEFAULT_PER_PAGE = 10;
    static final int MAX_PER_PAGE = 100;

    static Paging of(@Nullable String page, @Nullable String perPage) {
        return new Paging(PageOf.parse(page), perPage(perPage));
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

    /** The envelope for a page that only knows whether another follows. */
    <V, T> CollectionResponse<T> sliced(PageOf<V> slice, Function<V, T> response, String path) {
        return new CollectionResponse<>(slice.items().stream().map(response).toList(),
                new CollectionResponse.Meta(page, perPage, null, null), links(path, slice.hasNext()));
    }

    private CollectionResponse.Links links(String path, boolean hasNext) {
        return new CollectionResponse.Links(link(path, page), hasNext ? link(path, page + 1) : null,
                page > 1 ? link(path, page - 1) : null);
    }

    /** {@code path} may carry its own query ({@code ?since=…}); paging comes first, as url_for writes it. */
    private String link(String path, int number) {
        int query = path.indexOf('?');
        String paging = "page=" + number + "&per_page=" + perPage;
        return query < 0 ? path + "?" + paging : path.substring(0, query) + "?" + paging + "&" + path.substring(query + 1);
    }
}
