package org.microblog.search;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** The original's {@code ELASTICSEARCH_URL}, recognised: one line at startup says it is not needed here. */
@Component
class ElasticsearchNotNeeded {

    private static final Logger log = LoggerFactory.getLogger(ElasticsearchNotNeeded.class);

    private final SearchSettings settings;

    ElasticsearchNotNeeded(SearchSettings settings) {
        this.settings = settings;
    }

    @EventListener(ApplicationReadyEvent.class)
    void say() {
        if (settings.elasticsearchConfigured()) {
            log.info("ELASTICSEARCH_URL is set but not needed: search runs in the database itself, so the variable is ignored");
        }
    }
}
