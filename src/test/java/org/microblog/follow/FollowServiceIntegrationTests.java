package org.microblog.follow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.microblog.testsupport.DatabaseTests;
import org.microblog.testsupport.Members;
import org.microblog.user.User;
import org.microblog.core.NotFound;
import org.microblog.core.RuleViolation;

class FollowServiceIntegrationTests extends DatabaseTests {

    FollowService follows;
    Members members;

    @BeforeEach
    void setUp() {
        follows = bean(FollowService.class);
        members = new Members(app);
    }

    @Test
    void followAndUnfollowChangeTheRelationAndItsCounts() {
        // the original's tests.py: test_follow
        User john = members.john();
        User susan = members.susan();
        assertThat(follows.isFollowing(john.getId(), susan.getId())).isFalse();
        assertThat(follows.followingCount(john.getId())).isZero();
        assertThat(follows.followerCount(susan.getId())).isZero();

        assertThat(follows.follow(john.getId(), susan.getId())).isTrue();

        assertThat(follows.isFollowing(john.getId(), susan.getId())).isTrue();
        assertThat(follows.isFollowing(susan.getId(), john.getId())).isFalse();
        assertThat(follows.followingCount(john.getId())).isEqualTo(1);
        assertThat(follows.followerCount(susan.getId())).isEqualTo(1);
        assertThat(follows.followerCount(john.getId())).isZero();

        assertThat(follows.unfollow(john.getId(), susan.getId())).isTrue();

        assertThat(follows.isFollowing(john.getId(), susan.getId())).isFalse();
        assertThat(follows.followingCount(john.getId())).isZero();
        assertThat(follows.followerCount(susan.getId())).isZero();
        assertThat(follows.unfollow(john.getId(), susan.getId())).isFalse();
    }

    @Test
    void followingTwiceLeavesOneRow() {
        User john = members.john();
        User susan = members.susan();

        assertThat(follows.follow(john.getId(), susan.getId())).isTrue();
        assertThat(follows.follow(john.getId(), susan.getId())).isFalse();

        assertThat(follows.followerCount(susan.getId())).isEqualTo(1);
    }

    @Test
    void refusesToFollowOrUnfollowYourselfOrAnUnknownMember() {
        User john = members.john();

        assertThatThrownBy(() -> follows.follow(john.getId(), john.getId()))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.textKey()).isEqualTo("follow.self"))
                .hasMessage("You cannot follow yourself!");
        assertThatThrownBy(() -> follows.unfollow(john.getId(), john.getId()))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.textKey()).isEqualTo("follow.selfUnfollow"))
                .hasMessage("You cannot unfollow yourself!");
        assertThatThrownBy(() -> follows.follow(john.getId(), 999_999L)).isInstanceOfSatisfying(NotFound.class,
                e -> assertThat(e.textKey()).isEqualTo("notFound.user"));
        assertThat(follows.followingCount(john.getId())).isZero();
    }

    @Test
    void twentyConcurrentFollowsOfTheSameMemberLeaveExactlyOneRow() throws Exception {
        User john = members.john();
        User susan = members.susan();
        int threads = 20;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return follows.follow(john.getId(), susan.getId());
                }));
            }
            start.countDown();
            int created = 0;
            for (Future<Boolean> result : results) {
                created += result.get() ? 1 : 0;
            }

            assertThat(app.jdbc().queryForObject("SELECT count(*) FROM followers", Integer.class)).isEqualTo(1);
            assertThat(created).isEqualTo(1);
            assertThat(follows.isFollowing(john.getId(), susan.getId())).isTrue();
        } finally {
            pool.shutdownNow();
        }
    }
}
