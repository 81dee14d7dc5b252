package org.microblog.config;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Checks {@code REDIS_URL} before anything starts and hands it to Spring Boot's Redis parts
 * ({@code spring.data.redis.*}, Lettuce) and Spring Session's ({@code spring.session.data.redis.*}).
 * Without it, those auto-configurations are left out altogether, so nothing Redis-related is
 * created or connects: one instance keeps everything in process, as before.
 */
class RedisSetting implements EnvironmentPostProcessor {

    static final String SOURCE = "microblogRedis";

    /** Spring Boot's auto-configurations that would make (or use) a Redis connection or a Spring Session. */
    static final List<String> REDIS_AUTO_CONFIGURATIONS = List.of(
            "org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration",
            "org.springframework.boot.data.redis.autoconfigure.DataRedisReactiveAutoConfiguration",
            "org.springframework.boot.data.redis.autoconfigure.DataRedisRepositoriesAutoConfiguration",
            "org.springframework.boot.data.redis.autoconfigure.health.DataRedisHealthContributorAutoConfiguration",
            "org.springframework.boot.data.redis.autoconfigure.health.DataRedisReactiveHealthContributorAutoConfiguration",
            "org.springframework.boot.data.redis.autoconfigure.observation.LettuceObservationAutoConfiguration",
            "org.springframework.boot.session.data.redis.autoconfigure.SessionDataRedisAutoConfiguration",
            "org.springframework.boot.session.autoconfigure.SessionAutoConfiguration",
            "org.springframework.boot.session.autoconfigure.SessionsEndpointAutoConfiguration",
            "org.springframework.boot.netty.autoconfigure.NettyAutoConfiguration");

    /** Spring Boot's Redis health contributors, left out whether or not Redis is configured. */
    static final List<String> HEALTH_AUTO_CONFIGURATIONS = List.of(
            "org.springframework.boot.data.redis.autoconfigure.health.DataRedisHealthContributorAutoConfiguration",
            "org.springframework.boot.data.redis.autoconfigure.health.DataRedisReactiveHealthContributorAutoConfiguration");

    /** A command waits at most this long for Redis (the health check too); while disconnected, none waits. */
    static final String COMMAND_TIMEOUT = "2s";
    static final String CONNECT_TIMEOUT = "1s";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        RedisSettings settings;
        try {
            settings = Binder.get(environment).bindOrCreate("microblog.redis", RedisSettings.class);
        } catch (BindException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof InvalidSettingException invalid) {
                    throw invalid;
                }
            }
            throw e;
        }
        Map<String, Object> properties = new LinkedHashMap<>();
        RedisSettings.Endpoint endpoint = settings.endpoint();
        Set<String> excluded = new LinkedHashSet<>(
                StringUtils.commaDelimitedListToSet(environment.getProperty("spring.autoconfigure.exclude", "")));
        excluded.remove("");
        // Redis's health is web/RedisHealth's: Boot's (reactive) one logs a WARN per failed check.
        excluded.addAll(HEALTH_AUTO_CONFIGURATIONS);
        if (endpoint == null) {
            excluded.addAll(REDIS_AUTO_CONFIGURATIONS);
        }
        properties.put("spring.autoconfigure.exclude", String.join(",", excluded));
        if (endpoint != null) {
            properties.put("spring.data.redis.client-type", "lettuce");
            properties.put("spring.data.redis.host", endpoint.host());
            properties.put("spring.data.redis.port", endpoint.port());
            properties.put("spring.data.redis.database", endpoint.database());
            properties.put("spring.data.redis.ssl.enabled", endpoint.ssl());
            if (endpoint.username() != null) {
                properties.put("spring.data.redis.username", endpoint.username());
            }
            if (endpoint.password() != null) {
                properties.put("spring.data.redis.password", endpoint.password());
            }
            properties.put("spring.data.redis.timeout", COMMAND_TIMEOUT);
            properties.put("spring.data.redis.connect-timeout", CONNECT_TIMEOUT);
            properties.put("spring.data.redis.repositories.enabled", "false");
            // Spring Session (auth/SessionConfig) keeps the servlet container's cookie name.
            properties.put("server.servlet.session.cookie.name", "JSESSIONID");
            String readiness = environment.getProperty("management.endpoint.health.group.readiness.include", "");
            if (!StringUtils.commaDelimitedListToSet(readiness).contains("redis")) {
                properties.put("management.endpoint.health.group.readiness.include",
                        readiness.isBlank() ? "readinessState,redis" : readiness + ",redis");
            }
        }
        environment.getPropertySources().addFirst(new MapPropertySource(SOURCE, properties));
    }
}
