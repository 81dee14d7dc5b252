package org.microblog.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.microblog.core.RuleViolation;
import org.microblog.web.PagePosition;
import org.microblog.testsupport.DatabaseTests;
import org.microblog.testsupport.Members;
import org.microblog.user.User;

class MessageServiceIntegrationTests extends DatabaseTests {

    static final Instant NOW = Instant.parse("2026-05-01T10:00:00Z");

    MessageService messages;
    Members members;
    User john;
    User susan;

    @BeforeEach
    void setUp() {
        messages = bean(MessageService.class);
        members = new Members(app);
        john = members.john();
        susan = members.susan();
    }

    private MessageView sendAt(User from, User to, String body, Instant when) {
        app.clock().set(when);
        return messages.send(from.getId(), to.getId(), body);
    }

    @Test
    void countsMessagesReceivedSinceTheLastVisit() {
        sendAt(john, susan, "hi susan", NOW);
        sendAt(john, susan, "are you there?", NOW.plusSeconds(1));
        assertThat(messages.unreadCount(susan.getId())).isEqualTo(2);
        assertThat(messages.unreadCount(john.getId())).isZero();

        app.clock().set(NOW.plusSeconds(2));
        messages.markAllRead(susan.getId());
        assertThat(messages.unreadCount(susan.getId())).isZero();

        sendAt(john, susan, "one more", NOW.plusSeconds(3));
        assertThat(messages.unreadCount(susan.getId())).isEqualTo(1);
    }

    @Test
    void everyMessageListPagesByCursorNewestFirstTiesByIdWithoutRepeatsOrGaps() {
        User mary = members.mary();
        List<MessageView> all = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            // pairs of messages share a second, so page boundaries fall inside ties
            all.add(sendAt(i % 3 == 0 ? susan : john, i % 3 == 0 ? john : susan, "m" + i, NOW.plusSeconds(i / 2)));
            sendAt(mary, susan, "noise " + i, NOW.plusSeconds(i / 2));
        }
        List<MessageView> newestFirst = new ArrayList<>(all);
        java.util.Collections.reverse(newestFirst);

        assertThat(allPages(at -> messages.conversation(john.getId(), susan.getId(), at, 2))).isEqualTo(newestFirst);
        assertThat(allPages(at -> messages.sent(john.getId(), at, 2)))
                .isEqualTo(newestFirst.stream().filter(m -> m.senderId() == john.getId()).toList());
        assertThat(allPages(at -> messages.received(john.getId(), at, 3)))
                .isEqualTo(newestFirst.stream().filter(m -> m.recipientId() == john.getId()).toList());
    }

    private static List<MessageView> allPages(java.util.function.Function<PagePosition, org.microblog.web.PageOf<MessageView>> list) {
        List<MessageView> seen = new ArrayList<>();
        var page = list.apply(PagePosition.first());
        seen.addAll(page.items());
        while (page.hasNext()) {
            page = list.apply(new PagePosition(0, page.next()));
            seen.addAll(page.items());
        }
        return seen;
    }

    @Test
    void listsReceivedSentAndConversationNewestFirst() {
        User mary = members.mary();
        MessageView m1 = sendAt(john, susan, "1 john to susan", NOW);
        MessageView m2 = sendAt(susan, john, "2 susan to john", NOW.plusSeconds(1));
        MessageView m3 = sendAt(mary, susan, "3 mary to susan", NOW.plusSeconds(2));
        MessageView m4 = sendAt(john, susan, "4 john to susan", NOW.plusSeconds(3));

        assertThat(messages.received(susan.getId(), PagePosition.first()).items()).containsExactly(m4, m3, m1);
        assertThat(messages.sent(john.getId(), PagePosition.first()).items()).containsExactly(m4, m1);
        assertThat(messages.conversation(susan.getId(), john.getId(), PagePosition.first()).items()).containsExactly(m4, m2, m1);
        assertThat(messages.conversation(john.getId(), susan.getId(), PagePosition.first()).items()).containsExactly(m4, m2, m1);
        assertThat(m4.senderUsername()).isEqualTo("john");
        assertThat(m4.recipientUsername()).isEqualTo("susan");
        assertThat(m4.timestamp()).isEqualTo(NOW.plusSeconds(3));
    }

    @Test
    void refusesMessagesToYourselfEmptyOrTooLong() {
        assertThatThrownBy(() -> messages.send(john.getId(), john.getId(), "me"))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.textKey()).isEqualTo("message.self"));
        assertThatThrownBy(() -> messages.send(john.getId(), susan.getId(), " "))
                .isInstanceOf(RuleViolation.class).hasFieldOrPropertyWithValue("textKey", "form.required");
        assertThatThrownBy(() -> messages.send(john.getId(), susan.getId(), "x".repeat(141)))
                .isInstanceOf(RuleViolation.class).hasFieldOrPropertyWithValue("textKey", "form.atMost");
        assertThat(messages.unreadCount(susan.getId())).isZero();
    }

    @Test
    void manyMessagesSentAtOnceAreAllCounted() throws Exception {
        User mary = members.mary();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<MessageView>> sent = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                User from = i % 2 == 0 ? john : mary;
                String body = "message " + i;
                sent.add(pool.submit(() -> messages.send(from.getId(), susan.getId(), body)));
            }
            for (Future<MessageView> message : sent) {
                message.get();
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(messages.unreadCount(susan.getId())).isEqualTo(40);
        assertThat(unreadNotification(susan)).isEqualTo(40);
    }

    @Test
    void sendingSetsTheRecipientsUnreadCountNotificationAndReadingClearsIt() {
        sendAt(john, susan, "hi", NOW);
        sendAt(john, susan, "hello?", NOW.plusSeconds(1));
        assertThat(unreadNotification(susan)).isEqualTo(2);

        app.clock().set(NOW.plusSeconds(2));
        messages.markAllRead(susan.getId());

        assertThat(unreadNotification(susan)).isZero();
    }

    private int unreadNotification(User user) {
        var list = bean(org.microblog.notification.NotificationService.class).newerThan(user.getId(), 0);
        return list.stream().filter(n -> n.name().equals("unread_message_count")).findFirst().orElseThrow().data().asInt();
    }
}
