package org.microblog.post;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.microblog.testsupport.SqlStatements;
import org.microblog.testsupport.TestApplication;
import org.microblog.user.User;

/**
 * Like and reply counts are stored on the post's row, so they cost nothing more; the "in reply
 * to @name" links cost one statement for the whole page (the parents' authors), whatever the
 * number of replies or parents on it.
 */
class PostCountsQueryBudgetTests extends TimelineWebTests {

    @Test
    void aHomePageOf25LikedRepliesTakesOneStatementMoreThanPlainPostsWhateverTheirParents() throws Exception {
        User reader = givenRepliesTo(25);
        int manyParents = statementsFor("/index", reader).size();
        int manyParentsExplore = statementsFor("/explore", reader).size();

        TestApplication.clean(jdbc);
        User otherReader = givenRepliesTo(1);

        assertThat(manyParents).isEqualTo(TimelineQueryBudgetTests.STATEMENTS_PER_HOME_PAGE + 1);
        assertThat(manyParentsExplore).isEqualTo(TimelineQueryBudgetTests.STATEMENTS_PER_PAGE + 1);
        assertThat(statementsFor("/index", otherReader)).hasSize(manyParents);
        assertThat(statementsFor("/explore", otherReader)).hasSize(manyParentsExplore);
    }

    /** A reader who wrote 25 replies (each liked) to {@code parents} posts by someone they do not follow, written long before. */
    private User givenRepliesTo(int parents) {
        User reader = members.register("reader");
        User other = members.register("other");
        clock.set(START);
        List<Long> parentIds = new java.util.ArrayList<>();
        for (int p = 0; p < parents; p++) {
            parentIds.add(posts.publish(other.getId(), "parent " + p, null).id());
        }
        for (int r = 0; r < 25; r++) {
            clock.set(START.plusSeconds(3600 + r));
            PostView reply = posts.reply(reader.getId(), parentIds.get(r % parents), "reply " + r, null);
            posts.like(other.getId(), reply.id());
        }
        clock.reset();
        return reader;
    }

    private List<String> statementsFor(String path, User reader) {
        return SqlStatements.recordedWhile(() -> {
            try {
                String html = mvc.perform(get(path).with(as(reader))).andExpect(status().isOk())
                        .andReturn().getResponse().getContentAsString();
                assertThat(postsOn(html)).isEqualTo(25);
                assertThat(html).contains("in reply to @other", "1 like", "/like\"");
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
    }
}
