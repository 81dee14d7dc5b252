package org.microblog.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/** One group of the notices page: what happened, the newest actor, how many more did the same. */
@Schema(name = "Notice")
public record NoticeResponse(
        @Schema(allowableValues = {"mention", "reply", "like", "follow"}) String kind,
        @Schema(description = "who did it most recently") MemberSummary actor,
        @Schema(description = "how many more notices the group holds (alice and 3 others liked your post)") long others,
        @Schema(description = "the post concerned (for a reply, the reply); null for a follow or a deleted post", nullable = true) @Nullable PostResponse post,
        @Schema(description = "when the newest notice of the group happened, ISO 8601, UTC") String timestamp,
        @Schema(description = "whether the group holds a notice not yet seen on the notices page") boolean unread) {
}
