package org.microblog.api;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(name = "Token")
public record TokenResponse(@Schema(description = "send as Authorization: Bearer <token>; valid one hour by default")
        String token) {
}
