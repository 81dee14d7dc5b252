package org.microblog.config;

import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** The database chosen by {@code DATABASE_URL}: its pools and, for SQLite, the dialect. */
@Configuration(proxyBeanMethods = false)
class DataSourceConfig {

    private static final Logger log = LoggerFactory.getLogger(DataSourceConfig.class);

    @Bean
    DatabaseUrl databaseUrl(Environment environment) {
        DatabaseUrl url = DatabaseUrl.parse(environment.getProperty(DatabaseUrl.VARIABLE));
        log.info("Database: {}", url);
        return url;
    }

    /** Closed by Spring through its inferred {@code close()} method. */
    @Bean
    DataSource dataSource(DatabaseUrl url) {
        return DataSources.create(url, "microblog");
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
