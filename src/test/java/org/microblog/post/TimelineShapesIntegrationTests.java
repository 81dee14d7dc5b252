package org.microblog.post;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.microblog.follow.FollowService;
import org.microblog.testsupport.DatabaseTests;
import org.microblog.testsupport.Members;
import org.microblog.user.User;
import org.microblog.web.PageOf;
import org.microblog.web.PagePosition;

/**
 * The home timeline returns exactly the right posts, newest first (ties by id), for every
 * shape of member, and paging by cursor neither repeats nor skips a post while new ones
 * arrive. A "flood" of more posts than the walk looks at (TimelineQueriesImpl.WINDOW), newer
 * than the reader's, sends the query down the per-author merge; a flood of older ones lets
 * the walk fill the page from a full window.
 */
class TimelineShapesIntegrationTests extends DatabaseTests {

    static final Instant T0 = Instant.parse("2026-03-01T08:00:00.250Z");
    static final Comparator<PostView> NEWEST_FIRST = Comparator.comparing(PostView::timestamp)
            .thenComparing(PostView::id).reversed();

    PostService posts;
    FollowService follows;
    Members members;
    final List<PostView> written = new ArrayList<>();

    @BeforeEach
    void setUp() {
        posts = bean(PostService.class);
        follows = bean(FollowService.class);
        members = new Members(app);
    }

    private PostView postAt(User author, int second) {
        app.clock().set(T0.plusSeconds(second));
        PostView post = posts.publish(author.getId(), "by " + author.getUsername() + " at " + second, null);
        written.add(post);
        return post;
    }

    /** What the timeline must show: the posts written by these authors, newest first. */
    private List<Long> expected(User... authors) {
        List<Long> ids = List.of(authors).stream().map(User::getId).toList();
        return written.stream().filter(p -> ids.contains(p.authorId())).sorted(NEWEST_FIRST).map(PostView::id).toList();
    }

    /** Every page of a list, read by following its "older" cursor from the first page. */
    private static List<Long> allPagesByCursor(Function<PagePosition, PageOf<PostView>> list) {
        List<Long> seen = new ArrayList<>();
        PageOf<PostView> page = list.apply(PagePosition.first());
        seen.addAll(ids(page));
        while (page.hasNext()) {
            assertThat(page.next()).isNotNull();
            page = list.apply(new PagePosition(0, page.next()));
            assertThat(page.hasPrevious()).isTrue();
            seen.addAll(ids(page));
        }
        return seen;
    }

    private static List<Long> ids(PageOf<PostView> page) {
        return page.items().stream().map(PostView::id).toList();
    }

    /**
     * More than {@link TimelineQueriesImpl#WINDOW} posts by a member nobody follows, at 11
     * times from {@code second} on: 11 posts written, then multiplied in SQL (11³ = 1331 rows)
     * with the times copied as stored.
     */
    private void floodAt(int second) {
        User stranger = members.register("stranger");
        for (int i = 0; i < 11; i++) {
            postAt(stranger, second + i);
        }
        app.jdbc().update("""
                INSERT INTO posts (body, timestamp, user_id) SELECT 'flood', a.timestamp, a.user_id
                FROM posts a CROSS JOIN posts b CROSS JOIN posts c
                WHERE a.user_id = ? AND b.user_id = ? AND c.user_id = ?""", stranger.getId(), stranger.getId(),
                stranger.getId());
        assertThat(app.jdbc().queryForObject("SELECT count(*) FROM posts WHERE user_id = ?", Long.class,
                stranger.getId())).isGreaterThan(TimelineQueriesImpl.WINDOW);
    }

    @Test
    void memberWhoFollowsNobodySeesOnlyTheirOwnOldPostsBehindManyNewerOnes() {
        User loner = members.register("loner");
        postAt(loner, 1);
        postAt(loner, 2);
        postAt(loner, 3);
        floodAt(1000);

        assertThat(ids(posts.homeTimeline(loner.getId(), PagePosition.first(), 25))).isEqualTo(expected(loner));
        assertThat(allPagesByCursor(at -> posts.homeTimeline(loner.getId(), at, 2))).isEqualTo(expected(loner));
    }

    @Test
    void memberFollowingAFewRarelyPostingMembersSeesExactlyTheirPosts() {
        User reader = members.register("reader");
        List<User> quiet = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            User author = members.register("quiet" + i);
            follows.follow(reader.getId(), author.getId());
            postAt(author, 10 * i);
            quiet.add(author);
        }
        postAt(quiet.get(2), 7);
        floodAt(1000);

        User[] authors = quiet.toArray(User[]::new);
        assertThat(ids(posts.homeTimeline(reader.getId(), PagePosition.first(), 25))).isEqualTo(expected(authors));
        assertThat(allPagesByCursor(at -> posts.homeTimeline(reader.getId(), at, 4))).isEqualTo(expected(authors));
    }

    @Test
    void memberFollowingManyBusyMembersGetsTheNewestAcrossAllOfThemPageAfterPage() {
        User reader = members.register("reader");
        List<User> authors = new ArrayList<>(List.of(reader));
        for (int a = 0; a < 12; a++) {
            User author = members.register("busy" + a);
            follows.follow(reader.getId(), author.getId());
            authors.add(author);
        }
        for (int i = 0; i < 60; i++) {
            // interleaved, some authors far busier than others
            postAt(authors.get((i * i + i / 3) % authors.size()), 3 * i);
        }
        floodAt(-5000);

        List<Long> expected = expected(authors.toArray(User[]::new));
        assertThat(ids(posts.homeTimeline(reader.getId(), PagePosition.first(), 25))).isEqualTo(expected.subList(0, 25));
        assertThat(allPagesByCursor(at -> posts.homeTimeline(reader.getId(), at, 7))).isEqualTo(expected);
        // the original's numbered pages show the same posts
        assertThat(ids(posts.homeTimeline(reader.getId(), PagePosition.number(3), 7))).isEqualTo(expected.subList(14, 21));
    }

    @Test
    void everyFollowerOfACelebritySeesTheCelebrityBesideTheirOwnFollows() {
        User celebrity = members.register("celebrity");
        for (int i = 0; i < 20; i++) {
            postAt(celebrity, 5 * i);
        }
        floodAt(1000);
        for (int f = 0; f < 4; f++) {
            User fan = members.register("fan" + f);
            User friend = members.register("friend" + f);
            follows.follow(fan.getId(), celebrity.getId());
            follows.follow(fan.getId(), friend.getId());
            postAt(fan, 5 * f + 2);
            postAt(friend, 40 + f);

            assertThat(allPagesByCursor(at -> posts.homeTimeline(fan.getId(), at, 6)))
                    .isEqualTo(expected(celebrity, fan, friend));
        }
    }

    @Test
    void pagingByCursorWhilePostsArriveNeitherRepeatsNorSkipsAPost() {
        User reader = members.register("reader");
        User friend = members.register("friend");
        follows.follow(reader.getId(), friend.getId());
        for (int i = 0; i < 20; i++) {
            postAt(i % 2 == 0 ? reader : friend, i);
        }
        floodAt(50);
        List<Long> before = expected(reader, friend);

        List<Long> seen = new ArrayList<>();
        PageOf<PostView> page = posts.homeTimeline(reader.getId(), PagePosition.first(), 6);
        int second = 100;
        while (true) {
            seen.addAll(ids(page));
            // new posts arrive between page loads, at the top of the timeline
            postAt(friend, second++);
            postAt(reader, second++);
            if (!page.hasNext()) {
                break;
            }
            page = posts.homeTimeline(reader.getId(), new PagePosition(0, page.next()), 6);
        }

        assertThat(seen).isEqualTo(before);
    }

    @Test
    void postsWithTheSameTimestampArePagedByIdAcrossPageBoundaries() {
        User reader = members.register("reader");
        User friend = members.register("friend");
        follows.follow(reader.getId(), friend.getId());
        for (int i = 0; i < 9; i++) {
            postAt(i % 3 == 0 ? reader : friend, i < 7 ? 50 : 10);
        }

        List<Long> expected = expected(reader, friend);
        assertThat(allPagesByCursor(at -> posts.homeTimeline(reader.getId(), at, 2))).isEqualTo(expected);
        assertThat(allPagesByCursor(at -> posts.explore(at, 2))).isEqualTo(expected);
        assertThat(allPagesByCursor(at -> posts.postsBy(friend.getId(), at, 2))).isEqualTo(expected(friend));
    }

    @Test
    void memberFollowingMoreMembersThanOneStatementMergesAllOfThem() {
        User reader = members.register("reader");
        int count = TimelineQueriesImpl.AUTHORS_PER_STATEMENT + 30;
        List<User> followed = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            app.jdbc().update("INSERT INTO users (username, username_lower, email, email_lower) VALUES (?, ?, ?, ?)",
                    "m" + i, "m" + i, "m" + i + "@example.com", "m" + i + "@example.com");
        }
        for (int i = 0; i < count; i++) {
            followed.add(bean(org.microblog.user.UserService.class).getByUsername("m" + i));
            app.jdbc().update("INSERT INTO followers (follower_id, followed_id) VALUES (?, ?)", reader.getId(),
                    followed.get(i).getId());
        }
        List<User> authors = List.of(followed.get(0), followed.get(count / 2), followed.get(count - 1), reader);
        for (int i = 0; i < 12; i++) {
            postAt(authors.get(i % authors.size()), 100 - i * 7);
        }
        floodAt(1000);

        assertThat(allPagesByCursor(at -> posts.homeTimeline(reader.getId(), at, 5)))
                .isEqualTo(expected(authors.toArray(User[]::new)));
    }
}
