package org.microblog.post;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.microblog.core.RuleViolation;
import org.microblog.follow.FollowService;
import org.microblog.testsupport.DatabaseTests;
import org.microblog.testsupport.Members;
import org.microblog.testsupport.SqlStatements;
import org.microblog.user.User;
import org.microblog.user.UserService;
import org.microblog.web.PageOf;

class TimelineIntegrationTests extends DatabaseTests {

    static final Instant NOW = Instant.parse("2026-05-01T10:00:00.123Z");

    PostService posts;
    FollowService follows;
    Members members;

    @BeforeEach
    void setUp() {
        posts = bean(PostService.class);
        follows = bean(FollowService.class);
        members = new Members(app);
    }

    private PostView postAt(User author, String body, Instant when) {
        app.clock().set(when);
        return posts.publish(author.getId(), body, "en");
    }

    private static List<Long> ids(PageOf<PostView> page) {
        return page.items().stream().map(PostView::id).toList();
    }

    @Test
    void homeTimelineShowsOwnAndFollowedPostsNewestFirst() {
        // the original's tests.py: test_follow_posts, with explicit timestamps
        User john = members.john();
        User susan = members.susan();
        User mary = members.mary();
        User david = members.david();
        PostView p1 = postAt(john, "post from john", NOW.plusSeconds(1));
        PostView p2 = postAt(susan, "post from susan", NOW.plusSeconds(4));
        PostView p3 = postAt(mary, "post from mary", NOW.plusSeconds(3));
        PostView p4 = postAt(david, "post from david", NOW.plusSeconds(2));
        follows.follow(john.getId(), susan.getId());
        follows.follow(john.getId(), david.getId());
        follows.follow(susan.getId(), mary.getId());
        follows.follow(mary.getId(), david.getId());

        assertThat(ids(posts.homeTimeline(john.getId(), 1))).containsExactly(p2.id(), p4.id(), p1.id());
        assertThat(ids(posts.homeTimeline(susan.getId(), 1))).containsExactly(p2.id(), p3.id());
        assertThat(ids(posts.homeTimeline(mary.getId(), 1))).containsExactly(p3.id(), p4.id());
        assertThat(ids(posts.homeTimeline(david.getId(), 1))).containsExactly(p4.id());
    }

    @Test
    void postsKeepTheirTextTimeAuthorAndLanguage() {
        User susan = members.susan();
        PostView written = postAt(susan, "  ¡Hola, mundo! 👋  ", NOW);

        PostView read = posts.postsBy(susan.getId(), 1).items().get(0);

        assertThat(read).isEqualTo(written);
        assertThat(read.body()).isEqualTo("¡Hola, mundo! 👋");
        assertThat(read.timestamp()).isEqualTo(NOW);
        assertThat(read.authorUsername()).isEqualTo("susan");
        assertThat(read.language()).isEqualTo("en");
    }

    @Test
    void refusesEmptyAndOverlongPosts() {
        User john = members.john();

        assertThatThrownBy(() -> posts.publish(john.getId(), "   ", null)).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> posts.publish(john.getId(), "x".repeat(141), null))
                .isInstanceOf(RuleViolation.class).hasFieldOrPropertyWithValue("textKey", "form.atMost");
        assertThat(posts.publish(john.getId(), "😀".repeat(140), null).body()).hasSize(280);
        assertThat(bean(UserService.class).getById(john.getId()).getPostCount()).isEqualTo(1);
    }

    @Test
    void pagesHoldPostsPerPageAndKnowWhetherMoreFollow() {
        User john = members.john();
        for (int i = 0; i < 26; i++) {
            postAt(john, "post " + i, NOW.plusSeconds(i));
        }

        PageOf<PostView> first = posts.homeTimeline(john.getId(), 1);
        PageOf<PostView> second = posts.homeTimeline(john.getId(), 2);

        assertThat(first.items()).hasSize(25);
        assertThat(first.items().get(0).body()).isEqualTo("post 25");
        assertThat(first.hasNext()).isTrue();
        assertThat(first.hasPrevious()).isFalse();
        assertThat(second.items()).extracting(PostView::body).containsExactly("post 0");
        assertThat(second.hasNext()).isFalse();
        assertThat(second.hasPrevious()).isTrue();
        assertThat(posts.homeTimeline(john.getId(), 0).page()).isEqualTo(1);
        assertThat(posts.homeTimeline(john.getId(), 99).items()).isEmpty();
        assertThat(posts.explore(1).items()).hasSize(25);
        assertThat(bean(UserService.class).getById(john.getId()).getPostCount()).isEqualTo(26);
    }

    @Test
    void postsWithTheSameTimestampComeNewestIdFirst() {
        User john = members.john();
        PostView older = postAt(john, "first", NOW);
        PostView newer = postAt(john, "second", NOW);

        assertThat(ids(posts.explore(1))).containsExactly(newer.id(), older.id());
    }

    @Test
    void homeTimelineOfAPageOfManyAuthorsTakesAFixedFewStatements() {
        User reader = members.register("reader");
        for (int i = 0; i < 25; i++) {
            User author = members.register("author" + i);
            follows.follow(reader.getId(), author.getId());
            postAt(author, "post " + i, NOW.plusSeconds(i));
        }

        List<String> statements = SqlStatements.recordedWhile(() -> posts.homeTimeline(reader.getId(), 1));

        // the page's ids (the walk of the newest posts, which sees them all here), then the
        // posts with their authors
        assertThat(statements).hasSize(2);
        assertThat(SqlStatements.recordedWhile(() -> posts.explore(1))).hasSize(1);
        assertThat(SqlStatements.recordedWhile(() -> posts.postsBy(reader.getId(), 1))).hasSize(1);
    }
}
