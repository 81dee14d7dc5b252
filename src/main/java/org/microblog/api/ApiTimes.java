package org.microblog.api;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;

/**
 * Times as the original writes them: Python's {@code isoformat()} of a UTC time, such as
 * {@code 2024-05-01T10:00:00.123000+00:00} (microseconds only when there are any).
 */
final class ApiTimes {

    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss")
            .withZone(ZoneOffset.UTC);

    private ApiTimes() {
    }

    static @Nullable String iso(@Nullable Instant instant) {
        if (instant == null) {
            return null;
        }
        int micros = instant.getNano() / 1000;
        return SECONDS.format(instant) + (micros == 0 ? "" : String.format(".%06d", micros)) + "+00:00";
    }
}
