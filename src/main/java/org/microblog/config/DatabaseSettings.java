package org.microblog.config;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.bind.ConstructorBinding;

/**
 * The database ({@code microblog.database.*}).
 *
 * @param url the database named by {@code DATABASE_URL}, parsed (default {@value DatabaseUrl#DEFAULT})
 * @param connectTimeout how long a request waits for a database connection before it is
 *     answered 503 ({@code DATABASE_CONNECT_TIMEOUT}, default 3 s, from 250 ms to 5 min)
 */
public record DatabaseSettings(DatabaseUrl url, Duration connectTimeout) {

    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(3);

    public DatabaseSettings {
        if (connectTimeout.compareTo(Duration.ofMillis(250)) < 0 || connectTimeout.compareTo(Duration.ofMinutes(5)) > 0) {
            throw new InvalidSettingException("DATABASE_CONNECT_TIMEOUT", connectTimeout.toMillis()
                    + " ms is out of range; use a duration from 250ms to 5m, such as 3s");
        }
    }

    /** The URL with the default connection timeout, for commands and tests that name a database only. */
    public DatabaseSettings(DatabaseUrl url) {
        this(url, DEFAULT_CONNECT_TIMEOUT);
    }

    @ConstructorBinding
    DatabaseSettings(@Nullable String url, @Nullable String connectTimeout) {
        this(DatabaseUrl.parse(url),
                SettingValues.duration("DATABASE_CONNECT_TIMEOUT", connectTimeout, DEFAULT_CONNECT_TIMEOUT));
    }
}
