package org.microblog.auth;

import java.time.Duration;
import org.microblog.config.ConditionalOnRedis;
import org.microblog.config.MicroblogProperties;
import org.microblog.config.RedisOutage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.data.redis.RedisIndexedSessionRepository;
import org.springframework.session.data.redis.config.ConfigureNotifyKeyspaceEventsAction;
import org.springframework.session.data.redis.config.ConfigureRedisAction;
import org.springframework.session.data.redis.config.annotation.web.http.EnableRedisIndexedHttpSession;

/**
 * Where sessions live: the servlet container's memory for one instance ({@link LocalSessionIndex});
 * with {@code REDIS_URL}, Spring Session on Redis (the indexed repository, keys
 * {@code <prefix>session:*}), so a sign-in made on one instance holds on every other.
 */
@Configuration(proxyBeanMethods = false)
class SessionConfig {

    /** As the servlet container's default. */
    static final Duration SESSION_TIMEOUT = Duration.ofMinutes(30);

    @Bean
    @ConditionalOnRedis(false)
    SessionIndex localSessionIndex() {
        return new LocalSessionIndex();
    }

    @Bean
    @ConditionalOnRedis(false)
    LocalKnownSignIns localKnownSignIns() {
        return new LocalKnownSignIns();
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnRedis
    @EnableRedisIndexedHttpSession
    static class RedisSessions {

        private static final Logger log = LoggerFactory.getLogger(RedisSessions.class);

        @Bean
        SessionRepositoryCustomizer<RedisIndexedSessionRepository> sessionNamespace(MicroblogProperties properties) {
            return sessions -> {
                sessions.setRedisKeyNamespace(properties.redis().keyPrefix() + "session");
                sessions.setDefaultMaxInactiveInterval(SESSION_TIMEOUT);
            };
        }

        /** The session filter's repository: pages keep serving while Redis is away. */
        @Bean
        @Primary
        ResilientSessionRepository resilientSessionRepository(RedisIndexedSessionRepository sessions, RedisOutage outage) {
            return new ResilientSessionRepository(sessions, outage);
        }

        @Bean
        KnownSignIns redisKnownSignIns(StringRedisTemplate redis, MicroblogProperties properties, RedisOutage outage) {
            return new RedisKnownSignIns(redis, properties.redis().keyPrefix(), outage);
        }

        @Bean
        SessionIndex redisSessionIndex(RedisIndexedSessionRepository sessions, RedisOutage outage) {
            return new RedisSessionIndex(sessions, outage);
        }

        /**
         * Keyspace events (expired sessions leave the member index) are switched on at start; a
         * server that refuses {@code CONFIG} (a managed one) or is away then does not stop the start.
         */
        @Bean
        ConfigureRedisAction configureRedisAction() {
            ConfigureRedisAction notify = new ConfigureNotifyKeyspaceEventsAction();
            return connection -> {
                try {
                    notify.configure(connection);
                } catch (RuntimeException refused) {
                    log.warn("Redis keyspace events could not be switched on ({}): set notify-keyspace-events "
                            + "to Egx on the server so expired sessions leave the member index", refused.getMessage());
                }
            };
        }
    }
}
