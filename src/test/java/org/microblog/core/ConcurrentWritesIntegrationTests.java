package org.microblog.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.microblog.follow.FollowService;
import org.microblog.message.MessageService;
import org.microblog.notification.NotificationService;
import org.microblog.post.PostService;
import org.microblog.testsupport.DatabaseTests;
import org.microblog.testsupport.Members;
import org.microblog.user.MemberCounts;
import org.microblog.user.User;
import org.microblog.user.UserService;
import org.springframework.dao.DeadlockLoserDataAccessException;

/**
 * Writers that touch two members at once, run against each other on every database: none may
 * fail, deadlock or leave a count that differs from the rows it counts.
 */
class ConcurrentWritesIntegrationTests extends DatabaseTests {

    private static final int THREADS = 8;

    UserService users;
    MemberCounts counts;
    User alice;
    User bob;

    @BeforeEach
    void setUp() {
        users = bean(UserService.class);
        counts = bean(MemberCounts.class);
        Members members = new Members(app);
        alice = members.register("alice");
        bob = members.register("bob");
    }

    @Test
    void twoMembersMessagingEachOtherAtOnceAllArriveWithTheRightUnreadCounts() throws Exception {
        MessageService messages = bean(MessageService.class);
        int each = 24; // 8 threads x 24 = 192 sends, the crossfire of the report

        runTogether(thread -> () -> {
            for (int i = 0; i < each; i++) {
                boolean toBob = (thread + i) % 2 == 0;
                messages.send(toBob ? alice.getId() : bob.getId(), toBob ? bob.getId() : alice.getId(), "hi " + i);
            }
            return null;
        });

        assertThat(app.jdbc().queryForObject("SELECT COUNT(*) FROM messages", Integer.class)).isEqualTo(THREADS * each);
        long toBob = messages.unreadCount(bob.getId());
        long toAlice = messages.unreadCount(alice.getId());
        assertThat(toBob + toAlice).isEqualTo(THREADS * each);
        assertThat(unreadNotification(bob)).isEqualTo(toBob);
        assertThat(unreadNotification(alice)).isEqualTo(toAlice);
    }

    @Test
    void followsAndUnfollowsOfOnePairAtOnceNeverFailAndEndCountedRight() throws Exception {
        FollowService follows = bean(FollowService.class);

        runTogether(thread -> () -> {
            User from = thread % 2 == 0 ? alice : bob;
            User to = thread % 2 == 0 ? bob : alice;
            for (int i = 0; i < 30; i++) {
                if ((thread / 2 + i) % 2 == 0) {
                    follows.follow(from.getId(), to.getId());
                } else {
                    follows.unfollow(from.getId(), to.getId());
                }
            }
            return null;
        });
        follows.follow(alice.getId(), bob.getId()); // the final state is the last call's

        assertThat(follows.isFollowing(alice.getId(), bob.getId())).isTrue();
        assertThat(counts.drifted()).isZero();
        assertThat(users.getById(bob.getId()).getFollowerCount()).isEqualTo(1);
        assertThat(users.getById(alice.getId()).getFollowingCount()).isEqualTo(1);
    }

    @Test
    void postsWrittenAtOnceByOneMemberAreEachCounted() throws Exception {
        PostService posts = bean(PostService.class);

        runTogether(thread -> () -> {
            for (int i = 0; i < 10; i++) {
                posts.publish((thread % 2 == 0 ? alice : bob).getId(), "post " + i, null);
            }
            return null;
        });

        assertThat(users.getById(alice.getId()).getPostCount()).isEqualTo(THREADS / 2 * 10);
        assertThat(users.getById(bob.getId()).getPostCount()).isEqualTo(THREADS / 2 * 10);
        assertThat(counts.drifted()).isZero();
    }

    @Test
    void recountRepairsCountsThatWereChangedBehindTheServicesBack() {
        bean(PostService.class).publish(alice.getId(), "one", null);
        bean(FollowService.class).follow(bob.getId(), alice.getId());
        app.jdbc().update("UPDATE users SET post_count = 7, follower_count = 0 WHERE id = ?", alice.getId());
        app.jdbc().update("INSERT INTO posts (body, timestamp, user_id) VALUES ('by hand', ?, ?)",
                java.sql.Timestamp.from(app.clock().instant()), bob.getId());

        assertThat(counts.drifted()).isEqualTo(2);
        assertThat(counts.recountAll()).isEqualTo(2);

        assertThat(counts.drifted()).isZero();
        User repaired = users.getById(alice.getId());
        assertThat(repaired.getPostCount()).isEqualTo(1);
        assertThat(repaired.getFollowerCount()).isEqualTo(1);
        assertThat(users.getById(bob.getId()).getPostCount()).isEqualTo(1);
    }

    @Test
    void aDeadlockVictimIsRunAgainAndARuleViolationIsNot() {
        Writes writes = bean(Writes.class);
        AtomicInteger attempts = new AtomicInteger();

        String result = writes.run(() -> {
            if (attempts.incrementAndGet() < 3) {
                throw new DeadlockLoserDataAccessException("chosen as the deadlock victim", null);
            }
            return "written";
        });

        assertThat(result).isEqualTo("written");
        assertThat(attempts).hasValue(3);

        attempts.set(0);
        assertThatThrownBy(() -> writes.run(() -> {
            attempts.incrementAndGet();
            throw RuleViolation.of("follow.self", "You cannot follow yourself!");
        })).isInstanceOf(RuleViolation.class);
        assertThat(attempts).hasValue(1);

        attempts.set(0);
        assertThatThrownBy(() -> writes.run(() -> {
            attempts.incrementAndGet();
            throw new DeadlockLoserDataAccessException("always the victim", null);
        })).isInstanceOf(DeadlockLoserDataAccessException.class);
        assertThat(attempts).hasValue(1 + Writes.RETRIES);
    }

    private long unreadNotification(User member) {
        return bean(NotificationService.class).newerThan(member.getId(), 0).stream()
                .filter(n -> n.name().equals("unread_message_count"))
                .mapToLong(n -> n.data().asLong()).findFirst().orElse(0);
    }

    /** Runs one task per thread, all released at once; fails with the first task's failure. */
    private static void runTogether(java.util.function.IntFunction<Callable<Void>> task) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<Void>> results = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                Callable<Void> work = task.apply(t);
                results.add(pool.submit(() -> {
                    start.await();
                    return work.call();
                }));
            }
            start.countDown();
            for (Future<Void> result : results) {
                result.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
