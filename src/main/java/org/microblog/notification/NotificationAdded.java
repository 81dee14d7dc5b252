package org.microblog.notification;

/** A member's notification was set; published inside the writing transaction, delivered after commit. */
public record NotificationAdded(long userId, NotificationView notification) {
}
