package org.microblog.follow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.microblog.core.RuleViolation;
import org.microblog.testsupport.DatabaseTests;
import org.microblog.testsupport.Members;
import org.microblog.user.User;

class BlockServiceIntegrationTests extends DatabaseTests {

    BlockService blocks;
    FollowService follows;
    Members members;

    @BeforeEach
    void setUp() {
        blocks = bean(BlockService.class);
        follows = bean(FollowService.class);
        members = new Members(app);
    }

    @Test
    void blockingRemovesTheFollowBothWaysWithTheirCounts() {
        User john = members.john();
        User susan = members.susan();
        follows.follow(john.getId(), susan.getId());
        follows.follow(susan.getId(), john.getId());

        assertThat(blocks.block(john.getId(), susan.getId())).isTrue();

        assertThat(follows.isFollowing(john.getId(), susan.getId())).isFalse();
        assertThat(follows.isFollowing(susan.getId(), john.getId())).isFalse();
        assertThat(follows.followerCount(john.getId())).isZero();
        assertThat(follows.followingCount(john.getId())).isZero();
        assertThat(follows.followerCount(susan.getId())).isZero();
        assertThat(blocks.blocks(john.getId(), susan.getId())).isTrue();
        assertThat(blocks.blocks(susan.getId(), john.getId())).isFalse();
        assertThat(blocks.blockedEitherWay(susan.getId(), john.getId())).isTrue();
        assertThat(blocks.block(john.getId(), susan.getId())).isFalse();
    }

    @Test
    void neitherMemberCanFollowWhileABlockLastsAndBothCanAfterUnblocking() {
        User john = members.john();
        User susan = members.susan();
        blocks.block(john.getId(), susan.getId());

        assertThatThrownBy(() -> follows.follow(susan.getId(), john.getId())).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> follows.follow(john.getId(), susan.getId())).isInstanceOf(RuleViolation.class);
        assertThat(follows.followerCount(john.getId())).isZero();

        assertThat(blocks.unblock(john.getId(), susan.getId())).isTrue();
        assertThat(blocks.unblock(john.getId(), susan.getId())).isFalse();
        assertThat(follows.follow(susan.getId(), john.getId())).isTrue();
    }

    @Test
    void listsTheBlockedMembersAPageAtATimeAndRefusesBlockingOneself() {
        User john = members.john();
        User susan = members.susan();
        User mary = members.mary();
        blocks.block(john.getId(), susan.getId());
        blocks.block(john.getId(), mary.getId());

        var first = blocks.blocked(john.getId(), 1, 1);
        assertThat(first.items()).extracting(User::getUsername).containsExactly("susan");
        assertThat(first.hasNext()).isTrue();
        assertThat(blocks.blocked(john.getId(), 2, 1).items()).extracting(User::getUsername).containsExactly("mary");
        assertThat(blocks.blocked(john.getId(), 2, 1).hasNext()).isFalse();
        assertThatThrownBy(() -> blocks.block(john.getId(), john.getId())).isInstanceOf(RuleViolation.class);
    }
}
