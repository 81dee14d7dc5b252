package org.microblog.notification;

import org.microblog.message.MessageService;

/** Breaks a "never" rule on purpose (calling back into messages); {@code ArchitectureTests} shows the rule catches it. */
public class ArchitectureViolation {

    long unread(MessageService messages, long userId) {
        return messages.unreadCount(userId);
    }
}
