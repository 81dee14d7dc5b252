package org.microblog.api;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.jspecify.annotations.Nullable;
import org.microblog.web.DatabaseOutage;
import org.microblog.web.ErrorBody;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Writes {@link ErrorBody} bodies straight to the response, for errors raised outside Spring MVC. */
@Component
class ApiErrorWriter {

    /** What a 503 says: the database, not the request, is at fault. */
    static final String UNAVAILABLE = "the database is unavailable; try again shortly";

    private final JsonMapper json;
    private final DatabaseOutage outage;

    ApiErrorWriter(JsonMapper json, DatabaseOutage outage) {
        this.json = json;
        this.outage = outage;
    }

    /** The database is out of reach: 503 with {@code Retry-After}, logged once per outage. */
    void unavailable(HttpServletResponse response, Throwable failure) throws IOException {
        outage.failed(failure);
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(DatabaseOutage.RETRY_AFTER.toSeconds()));
        write(response, 503, UNAVAILABLE);
    }

    void write(HttpServletResponse response, int status, @Nullable String message) throws IOException {
        response.resetBuffer();
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getOutputStream().write(json.writeValueAsBytes(ErrorBody.of(status, message)));
        response.flushBuffer();
    }
}
