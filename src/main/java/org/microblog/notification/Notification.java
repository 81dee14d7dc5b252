package org.microblog.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import org.microblog.schema.References;

/** The latest notification of one name for one member; its timestamp is Unix seconds, as in the original. */
@Entity
@Table(name = "notifications", indexes = {
        @Index(name = "ix_notifications_name", columnList = "name"),
        @Index(name = "ix_notifications_timestamp", columnList = "timestamp"),
        @Index(name = "uq_notifications_user_id_name", columnList = "user_id, name", unique = true)})
class Notification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 128)
    private String name;

    @Column(name = "user_id", nullable = false)
    @References(table = "users", name = "fk_notifications_user")
    private Long userId;

    @Column(nullable = false)
    private double timestamp;

    @Column(name = "payload_json", nullable = false)
    private String payloadJson;

    protected Notification() {
    }

    Notification(long userId, String name, double timestamp, String payloadJson) {
        this.userId = userId;
        this.name = name;
        this.timestamp = timestamp;
        this.payloadJson = payloadJson;
    }

    void replace(double timestamp, String payloadJson) {
        this.timestamp = timestamp;
        this.payloadJson = payloadJson;
    }

    String getName() {
        return name;
    }

    Long getUserId() {
        return userId;
    }

    double getTimestamp() {
        return timestamp;
    }

    String getPayloadJson() {
        return payloadJson;
    }
}
