package org.microblog.config;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.bind.ConstructorBinding;

/**
 * The database ({@code microblog.database.*}).
 *
 * @param url the database named by {@code DATABASE_URL}, parsed (default {@value DatabaseUrl#DEFAULT})
 */
public record DatabaseSettings(DatabaseUrl url) {

    @ConstructorBinding
    DatabaseSettings(@Nullable String url) {
        this(DatabaseUrl.parse(url));
    }
}
