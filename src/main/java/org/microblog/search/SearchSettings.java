package org.microblog.search;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Search's one setting, the original's {@code ELASTICSEARCH_URL}: recognised so that startup can
 * say it is not needed (search runs in the database), never used.
 */
@ConfigurationProperties("microblog.search")
record SearchSettings(@Nullable String elasticsearchUrl) {

    boolean elasticsearchConfigured() {
        return elasticsearchUrl != null && !elasticsearchUrl.isBlank();
    }
}
