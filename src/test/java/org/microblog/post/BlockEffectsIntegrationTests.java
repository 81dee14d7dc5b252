package org.microblog.post;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.microblog.core.RuleViolation;
import org.microblog.follow.BlockService;
import org.microblog.follow.FollowService;
import org.microblog.message.MessageService;
import org.microblog.search.SearchService;
import org.microblog.testsupport.DatabaseTests;
import org.microblog.testsupport.Members;
import org.microblog.user.User;
import org.microblog.web.Cursor;
import org.microblog.web.PagePosition;

/**
 * A block hides the members' posts from each other in every query that lists posts (explore,
 * a member's posts, a post and its replies, search; the home timeline through the follows a
 * block ends) and refuses replies and messages between them, with nothing half-written.
 */
class BlockEffectsIntegrationTests extends DatabaseTests {

    private static final Instant NOW = Instant.parse("2026-06-01T10:00:00Z");

    PostService posts;
    BlockService blocks;
    FollowService follows;
    MessageService messages;
    SearchService search;
    User alice;
    User bob;
    User carol;
    int second;

    @BeforeEach
    void setUp() {
        posts = bean(PostService.class);
        blocks = bean(BlockService.class);
        follows = bean(FollowService.class);
        messages = bean(MessageService.class);
        search = bean(SearchService.class);
        Members members = new Members(app);
        alice = members.register("alice");
        bob = members.register("bob");
        carol = members.register("carol");
    }

    private PostView post(User author, String body) {
        app.clock().set(NOW.plusSeconds(second++));
        return posts.publish(author.getId(), body, "en");
    }

    private static List<String> bodies(List<PostView> views) {
        return views.stream().map(PostView::body).toList();
    }

    @Test
    void neitherSideOfABlockSeesTheOthersPostsAnywhereAndOthersSeeBoth() {
        follows.follow(alice.getId(), bob.getId());
        follows.follow(bob.getId(), alice.getId());
        PostView bobs = post(bob, "bob writes about gardens");
        PostView alices = post(alice, "alice writes about gardens");
        PostView carols = post(carol, "carol writes about gardens");
        PostView bobsReply = posts.reply(bob.getId(), carols.id(), "bob answers about gardens", "en");
        assertThat(bodies(posts.homeTimeline(alice.getId(), 1).items())).contains(bobs.body());

        blocks.block(bob.getId(), alice.getId()); // bob blocks alice

        for (User reader : List.of(alice, bob)) {
            User other = reader == alice ? bob : alice;
            String hidden = reader == alice ? bobs.body() : alices.body();
            long me = reader.getId();
            assertThat(bodies(posts.homeTimeline(me, 1).items())).doesNotContain(hidden);
            assertThat(bodies(posts.explore(me, 1).items())).doesNotContain(hidden).contains(carols.body());
            assertThat(bodies(posts.explore(me, PagePosition.parse(null,
                    new Cursor(NOW.plusSeconds(3600), 0).token()), 10).items())).doesNotContain(hidden).contains(carols.body());
            assertThat(posts.postsBy(me, other.getId(), 1).items()).isEmpty();
            assertThat(posts.findVisible(me, reader == alice ? bobs.id() : alices.id())).isEmpty();
            assertThat(bodies(search.posts(me, "gardens", 1, 25).posts())).doesNotContain(hidden).contains(carols.body());
        }
        assertThat(bodies(posts.replies(alice.getId(), carols.id()))).isEmpty();
        assertThat(bodies(posts.replies(bob.getId(), carols.id()))).containsExactly(bobsReply.body());
        assertThat(bodies(posts.replies(carol.getId(), carols.id()))).containsExactly(bobsReply.body());
        assertThat(posts.findVisible(carol.getId(), bobs.id())).isPresent();
        assertThat(bodies(search.posts(carol.getId(), "gardens", 1, 25).posts())).hasSize(4);
        assertThat(bodies(posts.explore(carol.getId(), 1).items())).hasSize(4);

        blocks.unblock(bob.getId(), alice.getId());
        assertThat(bodies(posts.explore(alice.getId(), 1).items())).contains(bobs.body());
        assertThat(posts.findVisible(alice.getId(), bobs.id())).isPresent();
    }

    @Test
    void aReplyAcrossABlockIsRefusedEitherWayAndLeavesTheReplyCountAsItWas() {
        PostView alices = post(alice, "hello");
        PostView bobs = post(bob, "hi");
        blocks.block(alice.getId(), bob.getId());

        assertThatThrownBy(() -> posts.reply(bob.getId(), alices.id(), "let me in", null))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("reply");
        assertThatThrownBy(() -> posts.reply(alice.getId(), bobs.id(), "no", null)).isInstanceOf(RuleViolation.class);

        assertThat(posts.find(alices.id()).orElseThrow().replyCount()).isZero();
        assertThat(posts.find(bobs.id()).orElseThrow().replyCount()).isZero();
        assertThat(app.jdbc().queryForObject("SELECT count(*) FROM posts WHERE reply_to_id IS NOT NULL", Integer.class))
                .isZero();
        assertThat(posts.reply(carol.getId(), alices.id(), "carol may", null).replyToId()).isEqualTo(alices.id());

        // Nor can either like the other's post: it is hidden, so not found.
        assertThatThrownBy(() -> posts.like(bob.getId(), alices.id())).isInstanceOf(org.microblog.core.NotFound.class);
        assertThatThrownBy(() -> posts.like(alice.getId(), bobs.id())).isInstanceOf(org.microblog.core.NotFound.class);
        assertThat(posts.find(alices.id()).orElseThrow().likeCount()).isZero();
        assertThat(posts.like(carol.getId(), alices.id())).isTrue();
    }

    @Test
    void aMessageAcrossABlockIsRefusedEitherWayAndNothingIsStored() {
        blocks.block(alice.getId(), bob.getId());

        assertThatThrownBy(() -> messages.send(bob.getId(), alice.getId(), "hello"))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("private message");
        assertThatThrownBy(() -> messages.send(alice.getId(), bob.getId(), "hello")).isInstanceOf(RuleViolation.class);
        assertThat(app.jdbc().queryForObject("SELECT count(*) FROM messages", Integer.class)).isZero();
        assertThat(messages.unreadCount(alice.getId())).isZero();

        blocks.unblock(alice.getId(), bob.getId());
        messages.send(bob.getId(), alice.getId(), "hello again");
        assertThat(messages.unreadCount(alice.getId())).isOne();
    }

    /**
     * A block racing replies, likes, deletes and messages: whatever commits first, the stored
     * counts equal the rows, none is accepted once the block is in, and a refused one
     * leaves nothing behind.
     */
    @Test
    void aBlockRacingRepliesLikesDeletesAndMessagesLeavesTheCountsExact() throws Exception {
        PostView alices = post(alice, "alice's post");
        List<Long> carolsReplies = new java.util.ArrayList<>();
        for (int i = 0; i < 4; i++) {
            carolsReplies.add(posts.reply(carol.getId(), alices.id(), "carol " + i, null).id());
        }
        List<java.util.concurrent.Callable<Object>> work = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            int n = i;
            work.add(() -> posts.reply(bob.getId(), alices.id(), "bob " + n, null));
            work.add(() -> posts.like(n % 2 == 0 ? bob.getId() : carol.getId(), alices.id()));
            work.add(() -> messages.send(bob.getId(), alice.getId(), "bob writes " + n));
        }
        for (long reply : carolsReplies.subList(0, 2)) {
            work.add(() -> {
                posts.delete(carol.getId(), reply);
                return null;
            });
        }
        work.add(() -> blocks.block(alice.getId(), bob.getId()));
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(work.size());
        try {
            List<java.util.concurrent.Future<Object>> results = new java.util.ArrayList<>();
            for (var task : work) {
                results.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            for (var result : results) {
                try {
                    result.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    // refused across the block: a reply or message as a rule, a like as a post not found
                    assertThat(e.getCause()).isInstanceOfAny(RuleViolation.class, org.microblog.core.NotFound.class);
                }
            }
        } finally {
            pool.shutdownNow();
        }

        var jdbc = app.jdbc();
        assertThat(jdbc.queryForObject("SELECT reply_count FROM posts WHERE id = ?", Integer.class, alices.id()))
                .isEqualTo(jdbc.queryForObject("SELECT count(*) FROM posts WHERE reply_to_id = ?", Integer.class, alices.id()));
        assertThat(jdbc.queryForObject("SELECT like_count FROM posts WHERE id = ?", Integer.class, alices.id()))
                .isEqualTo(jdbc.queryForObject("SELECT count(*) FROM post_likes WHERE post_id = ?", Integer.class, alices.id()));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM posts WHERE reply_to_id = ? AND user_id = ?", Integer.class,
                alices.id(), carol.getId())).isEqualTo(2);
        assertThat(bean(org.microblog.user.MemberCounts.class).drifted()).isZero();
        assertThatThrownBy(() -> posts.reply(bob.getId(), alices.id(), "after", null)).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> messages.send(bob.getId(), alice.getId(), "after")).isInstanceOf(RuleViolation.class);
    }

    @Test
    void theLiveTimelineGivesTheFollowedPostsAfterTheCursorOldestBatchFirstShownNewestFirst() {
        follows.follow(alice.getId(), bob.getId());
        PostView first = post(bob, "one");
        Cursor after = new Cursor(first.timestamp(), first.id());
        post(carol, "not followed");
        PostView two = post(bob, "two");
        PostView three = post(alice, "three");
        PostView four = post(bob, "four");

        assertThat(bodies(posts.homeTimelineAfter(alice.getId(), after, 50))).containsExactly("four", "three", "two");
        assertThat(bodies(posts.homeTimelineAfter(alice.getId(), after, 2))).containsExactly("three", "two");
        assertThat(posts.homeTimelineAfter(alice.getId(), new Cursor(four.timestamp(), four.id()), 50)).isEmpty();
        assertThat(two.id()).isLessThan(three.id());

        blocks.block(alice.getId(), bob.getId());
        assertThat(bodies(posts.homeTimelineAfter(alice.getId(), after, 50))).containsExactly("three");
    }
}
