package org.microblog.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

@Schema(name = "Post")
public record PostResponse(
        long id,
        String body,
        @Schema(description = "ISO 8601, UTC, with offset") String timestamp,
        @Schema(description = "detected language code, null while unknown", nullable = true) @Nullable String language,
        MemberSummary author,
        @JsonProperty("edited_at") @Schema(description = "when the author last edited it, ISO 8601, UTC; null if never", nullable = true) @Nullable String editedAt,
        @JsonProperty("reply_to") @Schema(description = "the id of the post it replies to, null if none (or deleted)", nullable = true) @Nullable Long replyTo,
        @JsonProperty("like_count") int likeCount,
        @JsonProperty("reply_count") int replyCount,
        @Schema(description = "the @usernames the body names (without the @), at most 10") List<String> mentions,
        @Schema(description = "the #tags the body names, lower case (without the #); /api/tags/{tag} lists their posts") List<String> tags,
        @JsonProperty("_links") Links links) {

    @Schema(name = "PostLinks")
    public record Links(@Schema(example = "/api/posts/1") String self) {
    }
}
