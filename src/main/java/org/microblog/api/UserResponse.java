package org.microblog.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/** A member as the original's {@code User.to_dict()} writes them; {@code email} only in one's own record. */
@Schema(name = "User")
public record UserResponse(
        long id,
        String username,
        @Schema(description = "ISO 8601, UTC, with offset", example = "2024-05-01T10:00:00.123000+00:00",
                nullable = true)
        @JsonProperty("last_seen") @Nullable String lastSeen,
        @Schema(nullable = true) @JsonProperty("about_me") @Nullable String aboutMe,
        @JsonProperty("post_count") long postCount,
        @JsonProperty("follower_count") long followerCount,
        @JsonProperty("following_count") long followingCount,
        @JsonProperty("_links") Links links,
        @Schema(description = "present only in the caller's own record")
        @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String email) {

    @Schema(name = "UserLinks")
    public record Links(
            @Schema(example = "/api/users/1") String self,
            @Schema(example = "/api/users/1/followers") String followers,
            @Schema(example = "/api/users/1/following") String following,
            @Schema(description = "absolute URL of the 128-pixel avatar") String avatar) {
    }
}
