package org.microblog.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;

@Schema(name = "Message")
public record MessageResponse(
        long id,
        String body,
        @Schema(description = "ISO 8601, UTC, with offset") String timestamp,
        MemberSummary sender,
        MemberSummary recipient,
        @JsonProperty("_links") Links links) {

    @Schema(name = "MessageLinks")
    public record Links(@Schema(example = "/api/messages/1") String self) {
    }
}
