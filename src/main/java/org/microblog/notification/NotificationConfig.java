package org.microblog.notification;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/** The broker between committed notifications and the open streams. */
@Configuration(proxyBeanMethods = false)
class NotificationConfig {

    @Bean
    @ConditionalOnMissingBean(NotificationBroker.class)
    NotificationBroker inProcessNotificationBroker() {
        return new InProcessNotificationBroker();
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
