package org.microblog.notification;

import io.lettuce.core.RedisClient;
import org.microblog.config.ConditionalOnRedis;
import org.microblog.config.MicroblogProperties;
import org.microblog.config.RedisOutage;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import tools.jackson.databind.json.JsonMapper;

/** The broker between committed notifications and the open streams: in process, or on Redis with {@code REDIS_URL}. */
@Configuration(proxyBeanMethods = false)
class NotificationConfig {

    @Bean
    @ConditionalOnRedis(false)
    NotificationBroker inProcessNotificationBroker() {
        return new InProcessNotificationBroker();
    }

    @Bean
    @ConditionalOnRedis
    NotificationBroker redisNotificationBroker(LettuceConnectionFactory connections, MicroblogProperties properties,
            JsonMapper json, RedisOutage outage) {
        return new RedisNotificationBroker((RedisClient) connections.getNativeClient(), properties.redis().keyPrefix(),
                json, outage);
    }

    @Bean
    CommittedNotifications committedNotifications(NotificationBroker broker) {
        return new CommittedNotifications(broker);
    }

    /** Hands notifications to the broker once their transaction has committed (never a rolled-back one). */
    static final class CommittedNotifications {

        private final NotificationBroker broker;

        CommittedNotifications(NotificationBroker broker) {
            this.broker = broker;
        }

        @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
        void relay(NotificationAdded added) {
            broker.publish(added);
        }
    }
}
