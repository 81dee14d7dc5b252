package org.microblog.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;

/**
 * The one error shape of the API, as the original's {@code error_response}: the HTTP reason
 * phrase, and a message when there is more to say.
 */
@Schema(description = "An error: the HTTP reason phrase and, when there is more to say, a message.")
public record ApiError(
        @Schema(example = "Bad Request") String error,
        @Schema(example = "please use a different username", nullable = true)
        @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String message) {

    public static ApiError of(int status, @Nullable String message) {
        return new ApiError(reason(status), message == null || message.isBlank() ? null : message);
    }

    /** The reason phrase the original (Werkzeug) sends, where Spring's newer wording differs. */
    static String reason(int status) {
        return switch (status) {
            case 413 -> "Request Entity Too Large";
            case 414 -> "Request URI Too Large";
            case 416 -> "Requested Range Not Satisfiable";
            case 422 -> "Unprocessable Entity";
            default -> {
                HttpStatus known = HttpStatus.resolve(status);
                yield known == null ? "Unknown Error" : known.getReasonPhrase();
            }
        };
    }
}
