package org.microblog.notification;

import java.util.function.Consumer;
import java.util.function.LongConsumer;

/**
 * Carries committed notifications to every instance that may hold the member's open pages.
 * In-process by default ({@link InProcessNotificationBroker}); Redis pub/sub when several
 * instances share the work ({@link RedisNotificationBroker}, with {@code REDIS_URL}).
 */
public interface NotificationBroker {

    /** Sends the notification to all subscribers, on this instance or others. */
    void publish(NotificationAdded added);

    /** Registers the receiver of every published notification (the stream hub of this instance). */
    void subscribe(Consumer<NotificationAdded> receiver);

    /** A member signed out (or all their sessions were ended): their streams end on every instance. */
    void publishSignedOut(long memberId);

    /** Registers the receiver of every {@link #publishSignedOut}, this instance's included. */
    void subscribeSignedOut(LongConsumer receiver);

    /**
     * Registers what to do when notifications from other instances may have been missed (the
     * broker was cut off and is back): the streams end, so their pages reconnect and replay what
     * they missed from the database. Never called in process, where nothing can be missed.
     */
    default void onGap(Runnable receiver) {
    }
}
