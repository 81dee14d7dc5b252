package org.microblog.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A page of a collection in the original's envelope. Lists that page by "is there a next one"
 * (timelines, a member's posts, messages) leave out {@code total_pages} and {@code total_items}:
 * counting a whole timeline would cost more than the page.
 */
@Schema(description = "One page of a collection: items, paging facts and links to the neighbouring pages.")
public record CollectionResponse<T>(
        List<T> items,
        @JsonProperty("_meta") Meta meta,
        @JsonProperty("_links") Links links) {

    @Schema(name = "PageMeta", description = "total_pages and total_items are absent for timelines, posts and messages; "
            + "page is absent on a page reached by cursor (before=…), whose number is not known.")
    public record Meta(
            @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Integer page,
            @JsonProperty("per_page") int perPage,
            @JsonProperty("total_pages") @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Integer totalPages,
            @JsonProperty("total_items") @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Long totalItems) {
    }

    @Schema(name = "PageLinks", description = "Relative URLs; next and prev are null when there is no such page.")
    public record Links(
            @Schema(example = "/api/users?page=2&per_page=10") String self,
            @Schema(nullable = true, example = "/api/users?page=3&per_page=10") @Nullable String next,
            @Schema(nullable = true, example = "/api/users?page=1&per_page=10") @Nullable String prev) {
    }
}
