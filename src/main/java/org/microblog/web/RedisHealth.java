package org.microblog.web;

import org.microblog.config.ConditionalOnRedis;
import org.microblog.config.RedisOutage;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.data.redis.connection.RedisConnection;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.stereotype.Component;

/**
 * Redis's part of {@code /actuator/health} and of readiness, with {@code REDIS_URL} only: a
 * {@code PING} (at once DOWN while Lettuce is disconnected, at most the command timeout
 * otherwise). It also tells {@link RedisOutage} how it went, so a load balancer's checks end an
 * outage (one INFO) or start one (one WARN) without a line per check.
 */
@Component("redis")
@ConditionalOnRedis
class RedisHealth implements HealthIndicator {

    private final RedisConnectionFactory connections;
    private final RedisOutage outage;

    RedisHealth(RedisConnectionFactory connections, RedisOutage outage) {
        this.connections = connections;
        this.outage = outage;
    }

    @Override
    public Health health() {
        try (RedisConnection connection = connections.getConnection()) {
            String pong = connection.ping();
            outage.recovered();
            return "PONG".equalsIgnoreCase(pong) ? Health.up().build() : Health.down().build();
        } catch (RuntimeException unreachable) {
            outage.failed(unreachable);
            return Health.down().build();
        }
    }
}
