package org.microblog.config;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.event.connection.ConnectionActivatedEvent;
import io.lettuce.core.event.connection.ConnectionDeactivatedEvent;
import io.lettuce.core.resource.ClientResources;
import io.lettuce.core.resource.Delay;
import java.time.Duration;
import org.springframework.boot.data.redis.autoconfigure.ClientResourcesBuilderCustomizer;
import org.springframework.boot.data.redis.autoconfigure.LettuceClientOptionsBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How the site talks to Redis (Spring Boot's Lettuce connection, {@code spring.data.redis.*} set
 * by {@link RedisSetting}): while disconnected a command fails at once rather than waiting in a
 * queue, and Lettuce reconnects (and resubscribes) every {@link #RECONNECT_DELAY} at most, so the
 * site notices Redis back within a second.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnRedis
class RedisConnectionConfig {

    static final Duration RECONNECT_DELAY = Duration.ofMillis(500);

    @Bean
    RedisOutage redisOutage(MicroblogProperties properties) {
        return new RedisOutage(String.valueOf(properties.redis().endpoint()));
    }

    @Bean
    LettuceClientOptionsBuilderCustomizer failFastWhileDisconnected() {
        return options -> options.autoReconnect(true)
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS);
    }

    @Bean
    ClientResourcesBuilderCustomizer quickReconnects() {
        return resources -> resources.reconnectDelay(Delay.exponential(Duration.ofMillis(50), RECONNECT_DELAY, 2,
                java.util.concurrent.TimeUnit.MILLISECONDS));
    }

    /** Lettuce's connection events tell the outage when a connection drops and comes back. */
    @Bean
    Object redisConnectionEvents(ClientResources resources, RedisOutage outage) {
        return resources.eventBus().get().subscribe(event -> {
            if (event instanceof ConnectionDeactivatedEvent) {
                outage.failed(null);
            } else if (event instanceof ConnectionActivatedEvent) {
                outage.recovered();
            }
        });
    }
}
