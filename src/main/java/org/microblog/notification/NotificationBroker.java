package org.microblog.notification;

import java.util.function.Consumer;

/**
 * Carries committed notifications to every instance that may hold the member's open pages.
 * In-process by default; Redis pub/sub when several instances share the work.
 */
public interface NotificationBroker {

    /** Sends the notification to all subscribers, on this instance or others. */
    void publish(NotificationAdded added);

    /** Registers the receiver of every published notification (the stream hub of this instance). */
    void subscribe(Consumer<NotificationAdded> receiver);
}
