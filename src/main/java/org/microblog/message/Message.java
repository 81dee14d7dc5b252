package org.microblog.message;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.microblog.user.User;

@Entity
@Table(name = "messages", indexes = {
        @Index(name = "ix_messages_timestamp", columnList = "timestamp"),
        @Index(name = "ix_messages_recipient_id_timestamp", columnList = "recipient_id, timestamp"),
        @Index(name = "ix_messages_sender_id_timestamp", columnList = "sender_id, timestamp")})
class Message {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "sender_id", nullable = false)
    private User sender;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "recipient_id", nullable = false)
    private User recipient;

    @Column(nullable = false, length = 140)
    private String body;

    @Column(nullable = false)
    private Instant timestamp;

    protected Message() {
    }

    Message(User sender, User recipient, String body, Instant timestamp) {
        this.sender = sender;
        this.recipient = recipient;
        this.body = body;
        this.timestamp = timestamp;
    }

    Long getId() {
        return id;
    }

    User getSender() {
        return sender;
    }

    User getRecipient() {
        return recipient;
    }

    String getBody() {
        return body;
    }

    Instant getTimestamp() {
        return timestamp;
    }
}
