package org.microblog.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.microblog.core.RuleViolation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Named notifications of a member ({@code unread_message_count}, {@code task_progress}, …).
 * A member has at most one notification of each name: adding one replaces the previous.
 */
@Service
public class NotificationService {

    /** The notices page's unread count (the notice feature sets it), read with the messages' for the navigation bar. */
    public static final String UNREAD_NOTICE_COUNT = "unread_notice_count";

    private final NotificationRepository notifications;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;
    private final Clock clock;
    private final TransactionTemplate transaction;

    NotificationService(NotificationRepository notifications, ApplicationEventPublisher events, JsonMapper json,
            Clock clock, PlatformTransactionManager transactionManager) {
        this.notifications = notifications;
        this.events = events;
        this.json = json;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    /**
     * Sets the member's notification {@code name} to {@code data} (any value Jackson can write),
     * stamped now. Joins the caller's transaction when there is one; open pages of the member
     * receive it once that transaction commits.
     */
    public NotificationView add(long userId, String name, Object data) {
        if (name.isEmpty() || name.length() > 128) {
            throw RuleViolation.onField("name", "notification.name.length", "A notification name has 1 to 128 characters.");
        }
        JsonNode payload = json.valueToTree(data);
        double timestamp = unixSeconds(clock.instant());
        try {
            transaction.executeWithoutResult(status -> upsert(userId, name, timestamp, payload.toString()));
        } catch (DataIntegrityViolationException concurrentAdd) {
            // Two adds of the same name raced to insert; the row exists now, so replace it.
            transaction.executeWithoutResult(status -> upsert(userId, name, timestamp, payload.toString()));
        }
        NotificationView view = new NotificationView(name, payload, timestamp);
        events.publishEvent(new NotificationAdded(userId, view));
        return view;
    }

    /** The member's notifications newer than {@code since} (Unix seconds), oldest first. */
    @Transactional(readOnly = true)
    public List<NotificationView> newerThan(long userId, double since) {
        return notifications.findNewer(userId, since).stream()
                .map(n -> new NotificationView(n.getName(), json.readTree(n.getPayloadJson()), n.getTimestamp()))
                .toList();
    }

    private void upsert(long userId, String name, double timestamp, String payloadJson) {
        notifications.findByUserIdAndName(userId, name).ifPresentOrElse(
                existing -> existing.replace(timestamp, payloadJson),
                () -> notifications.saveAndFlush(new Notification(userId, name, timestamp, payloadJson)));
    }

    static double unixSeconds(Instant instant) {
        return instant.getEpochSecond() + instant.getNano() / 1e9;
    }
}
