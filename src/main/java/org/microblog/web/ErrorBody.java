package org.microblog.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;
import org.microblog.core.RuleViolation;
import org.springframework.http.HttpStatus;

/**
 * The one JSON error of the site, as the original's {@code error_response}: the HTTP reason
 * phrase, and a message when there is more to say. Both doorways write it, the pages (for a
 * request that prefers JSON) and the API, so one failure reads the same through either. A
 * server error (5xx) also carries the request's id ({@link RequestIds}), as its log line does.
 */
@Schema(description = "An error: the HTTP reason phrase and, when there is more to say, a message.")
public record ErrorBody(
        @Schema(example = "Bad Request") String error,
        @Schema(example = "please use a different username", nullable = true)
        @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String message,
        @Schema(example = "3f9a0c12b7e4", nullable = true, description = "server errors only: the id their log line has")
        @JsonProperty(RequestIds.KEY) @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String requestId) {

    public ErrorBody(String error, @Nullable String message) {
        this(error, message, null);
    }

    /** The body for this status; a server error's carries the id of the request being answered. */
    public static ErrorBody of(int status, @Nullable String message) {
        return new ErrorBody(reason(status), message == null || message.isBlank() ? null : message,
                status >= 500 ? RequestIds.current() : null);
    }

    /**
     * What a failure says to a client: a broken rule its English text (the API's wording);
     * anything else, a not-found and our own bugs included, nothing beyond the reason phrase,
     * so no exception message ever reaches a client by accident.
     */
    public static ErrorBody of(int status, @Nullable Throwable failure) {
        return of(status, failure instanceof RuleViolation violation ? violation.getMessage() : null);
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
