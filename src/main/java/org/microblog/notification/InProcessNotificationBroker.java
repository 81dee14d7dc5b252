package org.microblog.notification;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Delivers notifications to subscribers of this JVM only: right for a single instance. */
class InProcessNotificationBroker implements NotificationBroker {

    private static final Logger log = LoggerFactory.getLogger(InProcessNotificationBroker.class);

    private final List<Consumer<NotificationAdded>> receivers = new CopyOnWriteArrayList<>();
    private final List<LongConsumer> signedOut = new CopyOnWriteArrayList<>();

    @Override
    public void publish(NotificationAdded added) {
        for (Consumer<NotificationAdded> receiver : receivers) {
            try {
                receiver.accept(added);
            } catch (RuntimeException e) {
                log.warn("a notification receiver failed for member {}", added.userId(), e);
            }
        }
    }

    @Override
    public void subscribe(Consumer<NotificationAdded> receiver) {
        receivers.add(receiver);
    }

    @Override
    public void publishSignedOut(long memberId) {
        for (LongConsumer receiver : signedOut) {
            try {
                receiver.accept(memberId);
            } catch (RuntimeException e) {
                log.warn("a sign-out receiver failed for member {}", memberId, e);
            }
        }
    }

    @Override
    public void subscribeSignedOut(LongConsumer receiver) {
        signedOut.add(receiver);
    }
}
