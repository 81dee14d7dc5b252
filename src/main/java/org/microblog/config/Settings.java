package org.microblog.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.PropertySourcesPlaceholdersResolver;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.ResourcePropertySource;

/**
 * {@link MicroblogProperties} without a Spring application, for commands that start none (the
 * command line's {@code db}): bound from the same {@code application.properties} lines and
 * checked by the same records as the server's, so a variable means the same thing everywhere.
 */
public final class Settings {

    private Settings() {
    }

    /** Every setting, from these environment variables; an unusable one throws {@link InvalidSettingException}. */
    public static MicroblogProperties of(Map<String, String> environment) {
        return bind("microblog", MicroblogProperties.class, environment);
    }

    /**
     * Only the database, from {@code DATABASE_URL} in these environment variables, so that a
     * command that needs nothing else is not stopped by, say, a wrong {@code MAIL_PORT}.
     */
    public static DatabaseSettings database(Map<String, String> environment) {
        return bind("microblog.database", DatabaseSettings.class, environment);
    }

    private static <T> T bind(String prefix, Class<T> type, Map<String, String> environment) {
        MutablePropertySources applicationProperties = new MutablePropertySources();
        applicationProperties.addLast(load());
        // The variables fill the placeholders of application.properties, as the server's environment does.
        MutablePropertySources placeholders = new MutablePropertySources(applicationProperties);
        placeholders.addFirst(new MapPropertySource("environment", Map.<String, Object>copyOf(environment)));
        Binder binder = new Binder(ConfigurationPropertySources.from(applicationProperties),
                new PropertySourcesPlaceholdersResolver(placeholders));
        try {
            return binder.bindOrCreate(prefix, type);
        } catch (BindException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof InvalidSettingException invalid) {
                    throw invalid;
                }
            }
            throw e;
        }
    }

    private static ResourcePropertySource load() {
        try {
            return new ResourcePropertySource("application.properties", new ClassPathResource("application.properties"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read application.properties from the jar", e);
        }
    }
}
