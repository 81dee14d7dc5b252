package org.microblog.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.microblog.follow.BlockService;
import org.microblog.follow.FollowService;
import org.microblog.notification.NotificationService;
import org.microblog.post.PostService;
import org.microblog.post.PostView;
import org.microblog.testsupport.DatabaseTests;
import org.microblog.testsupport.Members;
import org.microblog.user.User;
import org.microblog.web.NavigationCounts;

/** Notices are written with the like (reply, mention, follow) they tell of, grouped, counted exactly. */
class NoticesIntegrationTests extends DatabaseTests {

    PostService posts;
    NoticeService notices;
    Members members;

    @BeforeEach
    void setUp() {
        posts = bean(PostService.class);
        notices = bean(NoticeService.class);
        members = new Members(app);
    }

    List<NoticeGroup> groups(User member) {
        return notices.groups(member.getId(), 1, 50).items();
    }

    long badge(User member) {
        return bean(NavigationCounts.class).badges(member.getId()).notices();
    }

    int rows(String sql, Object... args) {
        return app.jdbc().queryForObject(sql, Integer.class, args);
    }

    @Test
    void mentionsRepliesLikesAndFollowsAreNoticesNewestFirstAndLikesGroup() {
        User alice = members.register("alice");
        User bob = members.register("bob");
        User carol = members.register("carol");
        User dave = members.register("dave");
        PostView mine = posts.publish(alice.getId(), "my post", null);
        posts.publish(bob.getId(), "hello @alice and @nobody", null);
        PostView reply = posts.reply(carol.getId(), mine.id(), "a reply to @alice", null);
        posts.like(bob.getId(), mine.id());
        posts.like(carol.getId(), mine.id());
        posts.like(dave.getId(), mine.id());
        bean(FollowService.class).follow(dave.getId(), alice.getId());

        List<NoticeGroup> shown = groups(alice);

        assertThat(shown).extracting(NoticeGroup::kind)
                .containsExactly(NoticeKind.FOLLOW, NoticeKind.LIKE, NoticeKind.REPLY, NoticeKind.MENTION);
        NoticeGroup likes = shown.get(1);
        assertThat(likes.actor()).isEqualTo("dave");
        assertThat(likes.others()).isEqualTo(2);
        assertThat(likes.post().id()).isEqualTo(mine.id());
        assertThat(shown.get(2).post().id()).isEqualTo(reply.id()); // the reply names alice too: one notice
        assertThat(shown).allMatch(NoticeGroup::unread);
        assertThat(badge(alice)).isEqualTo(6).isEqualTo(notices.unreadCount(alice.getId()));

        notices.markAllRead(alice.getId());
        assertThat(badge(alice)).isZero();
        assertThat(groups(alice)).noneMatch(NoticeGroup::unread);
    }

    @Test
    void noNoticeToOneselfNorFromABlockedMember() {
        User alice = members.register("alice");
        User bob = members.register("bob");
        PostView mine = posts.publish(alice.getId(), "my post mentions @alice", null);
        posts.like(alice.getId(), mine.id());
        posts.reply(alice.getId(), mine.id(), "talking to myself", null);
        bean(BlockService.class).block(alice.getId(), bob.getId());
        // Across the block bob cannot like her post (it is hidden from him), and his mention tells her nothing.
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> posts.like(bob.getId(), mine.id()))
                .isInstanceOf(org.microblog.core.NotFound.class);
        posts.publish(bob.getId(), "hey @alice", null);

        assertThat(groups(alice)).isEmpty();
        assertThat(badge(alice)).isZero();
    }

    @Test
    void anUnlikeTakesItsNoticeBackAndADeletedPostTakesItsNotices() {
        User alice = members.register("alice");
        User bob = members.register("bob");
        PostView mine = posts.publish(alice.getId(), "my post", null);
        posts.like(bob.getId(), mine.id());
        assertThat(badge(alice)).isOne();

        posts.unlike(bob.getId(), mine.id());
        assertThat(groups(alice)).isEmpty();
        assertThat(badge(alice)).isZero();

        posts.like(bob.getId(), mine.id());
        PostView mention = posts.publish(bob.getId(), "bye @alice", null);
        assertThat(badge(alice)).isEqualTo(2);
        posts.delete(alice.getId(), mine.id());
        assertThat(badge(alice)).isOne();
        posts.delete(bob.getId(), mention.id());
        assertThat(badge(alice)).isZero();
        assertThat(groups(alice)).isEmpty();
        assertThat(rows("SELECT count(*) FROM notices")).isZero();
    }

    @Test
    void aPostNamingTwelveMembersNotifiesTheFirstTen() {
        StringBuilder body = new StringBuilder();
        List<User> named = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            named.add(members.register("m" + i));
            body.append("@m").append(i).append(' ');
        }
        posts.publish(members.register("crier").getId(), body.toString().strip(), null);

        assertThat(rows("SELECT count(*) FROM notices WHERE kind = 'MENTION'")).isEqualTo(10);
        assertThat(groups(named.get(9))).hasSize(1);
        assertThat(groups(named.get(10))).isEmpty();
    }

    @Test
    void concurrentLikesAndRepliesLeaveOneNoticeEachAndAnExactBadge() throws Exception {
        User alice = members.register("alice");
        PostView mine = posts.publish(alice.getId(), "popular", null);
        List<User> fans = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            fans.add(members.register("fan" + i));
        }
        List<Callable<Object>> work = new ArrayList<>();
        for (User fan : fans) {
            work.add(() -> posts.like(fan.getId(), mine.id()));
            work.add(() -> posts.like(fan.getId(), mine.id()));
            work.add(() -> posts.reply(fan.getId(), mine.id(), "me too @alice", null));
        }
        runTogether(work);

        assertThat(rows("SELECT count(*) FROM notices WHERE recipient_id = ? AND kind = 'LIKE'", alice.getId())).isEqualTo(8);
        assertThat(rows("SELECT count(*) FROM notices WHERE recipient_id = ? AND kind = 'REPLY'", alice.getId())).isEqualTo(8);
        assertThat(rows("SELECT count(*) FROM notices WHERE recipient_id = ? AND kind = 'MENTION'", alice.getId())).isZero();
        assertThat(badge(alice)).isEqualTo(16);
        List<NoticeGroup> shown = groups(alice);
        assertThat(shown).filteredOn(group -> group.kind() == NoticeKind.LIKE).singleElement()
                .satisfies(group -> assertThat(group.others()).isEqualTo(7));
        assertThat(app.jdbc().queryForObject("SELECT payload_json FROM notifications WHERE user_id = ? AND name = ?",
                String.class, alice.getId(), NotificationService.UNREAD_NOTICE_COUNT)).isEqualTo("16");
    }

    private static void runTogether(List<Callable<Object>> work) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(work.size());
        try {
            List<Future<Object>> results = new ArrayList<>();
            for (Callable<Object> task : work) {
                results.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            for (Future<Object> result : results) {
                result.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
