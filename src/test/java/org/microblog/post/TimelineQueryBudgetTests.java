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
 * A page of 25 posts costs the same few statements whoever wrote them: the authors come with
 * the posts (one joined query), never one query per author; the navigation bar adds one
 * (the unread-messages badge). The home timeline first finds the page's post ids (see
 * TimelineQueriesImpl), then reads those posts with their authors.
 */
class TimelineQueryBudgetTests extends TimelineWebTests {

    /** The page of posts with their authors, which of them the reader likes, and the badge's notification row. */
    static final int STATEMENTS_PER_PAGE = 3;

    /** The page's post ids (see TimelineQueriesImpl), the posts with their authors, the reader's likes among them, the badge. */
    static final int STATEMENTS_PER_HOME_PAGE = 4;

    @Test
    void homePageTakesFourStatementsFor25PostsBy25Authors() throws Exception {
        User reader = givenTimelineOf25PostsBy(25);

        assertThat(statementsFor("/index", reader)).hasSize(STATEMENTS_PER_HOME_PAGE);
    }

    @Test
    void explorePageTakesThreeStatementsFor25PostsBy25Authors() throws Exception {
        User reader = givenTimelineOf25PostsBy(25);

        assertThat(statementsFor("/explore", reader)).hasSize(STATEMENTS_PER_PAGE);
    }

    @Test
    void statementCountDoesNotGrowWithTheNumberOfAuthors() throws Exception {
        User reader = givenTimelineOf25PostsBy(5);
        int fewAuthorsHome = statementsFor("/index", reader).size();
        int fewAuthorsExplore = statementsFor("/explore", reader).size();

        TestApplication.clean(jdbc);
        User otherReader = givenTimelineOf25PostsBy(25);

        assertThat(statementsFor("/index", otherReader)).hasSize(fewAuthorsHome);
        assertThat(statementsFor("/explore", otherReader)).hasSize(fewAuthorsExplore);
    }

    /** A reader following {@code authors} members who wrote 25 posts between them (the reader none). */
    private User givenTimelineOf25PostsBy(int authors) {
        User reader = members.register("reader");
        for (int a = 0; a < authors; a++) {
            User author = members.register("author" + a);
            givenFollows(reader, author);
            for (int p = 0; p < 25 / authors; p++) {
                givenPost(author, "post " + p + " by author " + a, a * 25 + p);
            }
        }
        return reader;
    }

    private List<String> statementsFor(String path, User reader) {
        return SqlStatements.recordedWhile(() -> {
            try {
                String html = mvc.perform(get(path).with(as(reader))).andExpect(status().isOk())
                        .andReturn().getResponse().getContentAsString();
                assertThat(postsOn(html)).isEqualTo(25);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
    }
}
