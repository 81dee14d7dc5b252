package org.microblog.message;

import java.time.Instant;

/** A private message as pages and the API show it. */
public record MessageView(long id, String body, Instant timestamp, long senderId, String senderUsername,
        String senderEmail, long recipientId, String recipientUsername) {

    static MessageView of(Message message) {
        var sender = message.getSender();
        var recipient = message.getRecipient();
        return new MessageView(message.getId(), message.getBody(), message.getTimestamp(), sender.getId(),
                sender.getUsername(), sender.getEmail(), recipient.getId(), recipient.getUsername());
    }
}
