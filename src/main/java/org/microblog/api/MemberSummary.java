package org.microblog.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;

/** The author of a post or a party to a message: enough to show and to follow the link to the full user. */
@Schema(name = "MemberSummary")
public record MemberSummary(long id, String username, @JsonProperty("_links") Links links) {

    @Schema(name = "MemberLinks")
    public record Links(
            @Schema(example = "/api/users/1") String self,
            @Schema(description = "absolute URL of the 36-pixel avatar of post lists") String avatar) {
    }
}
