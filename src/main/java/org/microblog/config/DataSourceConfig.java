package org.microblog.config;

import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The database chosen by {@code DATABASE_URL} ({@link DatabaseSettings}): its pools and, for SQLite, the dialect. */
@Configuration(proxyBeanMethods = false)
class DataSourceConfig {

    private static final Logger log = LoggerFactory.getLogger(DataSourceConfig.class);

    @Bean
    DatabaseUrl databaseUrl(MicroblogProperties properties) {
        DatabaseUrl url = properties.database().url();
        log.info("Database: {}", url);
        return url;
    }

    /** Closed by Spring through its inferred {@code close()} method. */
    @Bean
    DataSource dataSource(MicroblogProperties properties) {
        return DataSources.create(properties.database(), "microblog");
    }

    @Bean
    HibernatePropertiesCustomizer sqliteDialect(DatabaseUrl url) {
        return properties -> {
            if (url.kind() == DatabaseUrl.Kind.SQLITE) {
                properties.put("hibernate.dialect", MicroblogSQLiteDialect.class.getName());
            }
        };
    }
}
