package org.microblog.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.microblog.testsupport.DatabaseTests;
import org.microblog.testsupport.Members;
import org.microblog.user.User;

class NotificationServiceIntegrationTests extends DatabaseTests {

    static final Instant NOW = Instant.parse("2026-05-01T10:00:00.250Z");
    static final double NOW_SECONDS = 1777629600.25;

    NotificationService notifications;
    User john;
    User susan;

    @BeforeEach
    void setUp() {
        notifications = bean(NotificationService.class);
        Members members = new Members(app);
        john = members.john();
        susan = members.susan();
    }

    @Test
    void addingANotificationOfTheSameNameReplacesIt() {
        app.clock().set(NOW);
        notifications.add(john.getId(), "unread_message_count", 1);
        app.clock().set(NOW.plusSeconds(5));
        NotificationView latest = notifications.add(john.getId(), "unread_message_count", 2);

        List<NotificationView> all = notifications.newerThan(john.getId(), 0);

        assertThat(all).containsExactly(latest);
        assertThat(latest.data().asInt()).isEqualTo(2);
        assertThat(latest.timestamp()).isEqualTo(NOW_SECONDS + 5);
        assertThat(app.jdbc().queryForObject("SELECT count(*) FROM notifications", Integer.class)).isEqualTo(1);
    }

    @Test
    void newerThanReturnsOnlyLaterNotificationsOldestFirst() {
        app.clock().set(NOW);
        notifications.add(john.getId(), "unread_message_count", 3);
        app.clock().set(NOW.plusMillis(500));
        notifications.add(john.getId(), "task_progress", Map.of("task_id", "abc", "progress", 50));
        app.clock().set(NOW.plusSeconds(2));
        notifications.add(susan.getId(), "unread_message_count", 9);

        assertThat(notifications.newerThan(john.getId(), 0)).extracting(NotificationView::name)
                .containsExactly("unread_message_count", "task_progress");
        List<NotificationView> later = notifications.newerThan(john.getId(), NOW_SECONDS);
        assertThat(later).extracting(NotificationView::name).containsExactly("task_progress");
        assertThat(later.get(0).data().get("progress").asInt()).isEqualTo(50);
        assertThat(later.get(0).data().get("task_id").asString()).isEqualTo("abc");
        assertThat(notifications.newerThan(john.getId(), NOW_SECONDS + 0.5)).isEmpty();
    }
}
