package org.microblog.post;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.microblog.core.NotFound;
import org.microblog.search.SearchService;
import org.microblog.testsupport.DatabaseTests;
import org.microblog.testsupport.Members;
import org.microblog.user.MemberCounts;
import org.microblog.user.User;
import org.springframework.security.access.AccessDeniedException;

class PostWritesIntegrationTests extends DatabaseTests {

    PostService posts;
    Members members;

    @BeforeEach
    void setUp() {
        posts = bean(PostService.class);
        members = new Members(app);
    }

    int stored(String column, long postId) {
        return app.jdbc().queryForObject("SELECT " + column + " FROM posts WHERE id = ?", Integer.class, postId);
    }

    int rows(String sql, Object... args) {
        return app.jdbc().queryForObject(sql, Integer.class, args);
    }

    List<Long> found(String words) {
        return bean(SearchService.class).posts(words, 1, 10).posts().stream().map(PostView::id).toList();
    }

    @Test
    void editingAndDeletingKeepTheSearchIndexRight() {
        User john = members.john();
        PostView post = posts.publish(john.getId(), "walking the aardvark", null);
        assertThat(found("aardvark")).containsExactly(post.id());

        PostView edited = posts.edit(john.getId(), post.id(), "walking the zebra");

        assertThat(edited.editedAt()).isNotNull();
        assertThat(found("aardvark")).isEmpty();
        assertThat(found("zebra")).containsExactly(post.id());
        posts.delete(john.getId(), post.id());
        assertThat(found("zebra")).isEmpty();
        assertThat(rows("SELECT count(*) FROM posts")).isZero();
    }

    @Test
    void onlyTheAuthorEditsOrDeletesAndNothingChangesOtherwise() {
        User john = members.john();
        User susan = members.susan();
        PostView post = posts.publish(john.getId(), "mine", null);

        assertThatThrownBy(() -> posts.edit(susan.getId(), post.id(), "yours")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> posts.delete(susan.getId(), post.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> posts.edit(john.getId(), 999_999L, "x")).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> posts.like(john.getId(), 999_999L)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> posts.reply(john.getId(), 999_999L, "x", null)).isInstanceOf(NotFound.class);

        assertThat(posts.find(post.id()).orElseThrow().body()).isEqualTo("mine");
        assertThat(rows("SELECT post_count FROM users WHERE id = ?", john.getId())).isOne();
        assertThat(rows("SELECT count(*) FROM posts")).isOne();
    }

    @Test
    void concurrentLikesUnlikesRepliesAndDeletesNeverLetTheCountsDrift() throws Exception {
        User author = members.john();
        PostView post = posts.publish(author.getId(), "popular", null);
        List<User> likers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            likers.add(members.register("liker" + i));
        }
        List<Long> replies = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            replies.add(posts.reply(likers.get(i).getId(), post.id(), "early reply " + i, null).id());
        }
        List<Callable<Object>> work = new ArrayList<>();
        for (User liker : likers) {
            work.add(() -> posts.like(liker.getId(), post.id()));
            work.add(() -> posts.like(liker.getId(), post.id()));
            work.add(() -> posts.reply(liker.getId(), post.id(), "reply by " + liker.getUsername(), null));
        }
        for (int i = 0; i < 4; i++) {
            User liker = likers.get(i);
            work.add(() -> posts.unlike(liker.getId(), post.id()));
            long reply = replies.get(i);
            work.add(() -> {
                posts.delete(liker.getId(), reply);
                return null;
            });
        }
        runTogether(work);

        int likes = rows("SELECT count(*) FROM post_likes WHERE post_id = ?", post.id());
        assertThat(stored("like_count", post.id())).isEqualTo(likes);
        assertThat(stored("reply_count", post.id())).isEqualTo(8)
                .isEqualTo(rows("SELECT count(*) FROM posts WHERE reply_to_id = ?", post.id()));
        assertThat(bean(MemberCounts.class).drifted()).isZero();
    }

    @Test
    void deletingAPostWhileItIsLikedAndRepliedToLeavesNoOrphans() throws Exception {
        User author = members.john();
        User susan = members.susan();
        for (int round = 0; round < 5; round++) {
            PostView post = posts.publish(author.getId(), "short-lived " + round, null);
            List<Callable<Object>> work = List.of(
                    () -> posts.like(susan.getId(), post.id()),
                    () -> posts.reply(susan.getId(), post.id(), "quick reply", null),
                    () -> {
                        posts.delete(author.getId(), post.id());
                        return null;
                    });
            runTogether(work);
        }

        assertThat(rows("SELECT count(*) FROM posts WHERE body LIKE 'short-lived%'")).isZero();
        assertThat(rows("SELECT count(*) FROM post_likes")).isZero();
        assertThat(rows("SELECT count(*) FROM posts WHERE reply_to_id IS NOT NULL")).isZero();
        assertThat(bean(MemberCounts.class).drifted()).isZero();
    }

    /** Runs every task at once; a task that fails because its post is gone (NotFound) is expected here. */
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
                try {
                    result.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    if (!(e.getCause() instanceof NotFound)) {
                        throw e;
                    }
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
