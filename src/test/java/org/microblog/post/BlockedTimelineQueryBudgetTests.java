package org.microblog.post;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.microblog.follow.BlockService;
import org.microblog.testsupport.SqlStatements;
import org.microblog.testsupport.TestApplication;
import org.microblog.user.User;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 16, item 11: the home timeline with like counts, reply counts, "liked by me" and blocks
 * applied costs the same statements whatever the page holds. Blocks cost nothing on Home (no
 * follow crosses a block) and nothing extra on Explore (anti-joins in the page's own statement);
 * the live timeline's batch is as cheap.
 */
class BlockedTimelineQueryBudgetTests extends TimelineWebTests {

    @Autowired
    BlockService blocks;

    @Test
    void homeAndExploreWithLikesRepliesLikedByMeAndBlocksCostTheSameWhateverThePageHolds() throws Exception {
        User reader = givenLikedRepliesAndBlocks(25, 5);
        List<String> home = statementsFor("/index", reader, 25);
        List<String> explore = statementsFor("/explore", reader, 25);
        List<String> fresh = statementsFor("/index/new?after=0_0", reader, 25);

        TestApplication.clean(jdbc);
        User otherReader = givenLikedRepliesAndBlocks(2, 1);

        assertThat(home).hasSize(TimelineQueryBudgetTests.STATEMENTS_PER_HOME_PAGE + 1);
        assertThat(explore).hasSize(TimelineQueryBudgetTests.STATEMENTS_PER_PAGE + 1);
        assertThat(explore).anySatisfy(sql -> assertThat(sql.toLowerCase()).contains("blocks"));
        assertThat(statementsFor("/index", otherReader, 2)).hasSize(home.size());
        assertThat(statementsFor("/explore", otherReader, 2)).hasSize(explore.size());
        assertThat(statementsFor("/index/new?after=0_0", otherReader, 2)).hasSize(fresh.size());
    }

    /**
     * A reader following {@code authors} members who wrote {@code posts} replies between them to
     * a post of the first, each liked by the reader; and two more members, one the reader blocks
     * and one who blocks the reader, each with posts newer than all of these.
     */
    private User givenLikedRepliesAndBlocks(int posts, int authors) {
        User reader = members.register("reader");
        List<User> followed = new java.util.ArrayList<>();
        for (int a = 0; a < authors; a++) {
            User author = members.register("author" + a);
            givenFollows(reader, author);
            followed.add(author);
        }
        PostView parent = givenPost(followed.get(0), "the parent", 0);
        for (int p = 0; p < posts - 1; p++) {
            clock.set(START.plusSeconds(600 + p));
            PostView reply = this.posts.reply(followed.get(p % authors).getId(), parent.id(), "reply " + p, null);
            this.posts.like(reader.getId(), reply.id());
            clock.reset();
        }
        this.posts.like(reader.getId(), parent.id());
        User blocked = members.register("blocked");
        User blocker = members.register("blocker");
        givenFollows(reader, blocked);
        givenFollows(blocker, reader);
        blocks.block(reader.getId(), blocked.getId());
        blocks.block(blocker.getId(), reader.getId());
        for (int p = 0; p < 30; p++) {
            givenPost(p % 2 == 0 ? blocked : blocker, "hidden " + p, 100 + p);
        }
        return reader;
    }

    private List<String> statementsFor(String path, User reader, int expectedPosts) {
        return SqlStatements.recordedWhile(() -> {
            try {
                String html = mvc.perform(get(path).with(as(reader))).andExpect(status().isOk())
                        .andReturn().getResponse().getContentAsString();
                assertThat(postsOn(html)).isEqualTo(expectedPosts);
                assertThat(html).doesNotContain("hidden ").contains("post-like liked", "1 like");
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
    }
}
