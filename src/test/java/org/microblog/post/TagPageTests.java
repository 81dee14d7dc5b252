package org.microblog.post;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.microblog.testsupport.SqlStatements;
import org.microblog.user.User;

/** Mentions and tags are links in posts (text escaped); a tag's page lists its posts in a fixed number of statements. */
class TagPageTests extends TimelineWebTests {

    String page(User reader, String path) throws Exception {
        return mvc.perform(get(path).with(as(reader))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    @Test
    void mentionsAndTagsAreLinksAndEverythingElseIsEscaped() throws Exception {
        User john = members.john();
        givenPost(john, "<b>hi</b> @susan. see #Café and https://example.com/#x @ a#b", 1);

        String html = page(john, "/explore");

        assertThat(html).contains("&lt;b&gt;hi&lt;/b&gt; <a href=\"/user/susan\" class=\"mention\">@susan</a>. see "
                + "<a href=\"/tag/caf%C3%A9\" class=\"hashtag\">#Caf&eacute;</a> and "
                + "<a href=\"https://example.com/#x\" rel=\"nofollow noopener noreferrer\">https://example.com/#x</a> @ a#b");
    }

    @Test
    void theTagPageListsItsPostsInAnyCaseNewestFirstAndRefusesWhatIsNoTag() throws Exception {
        User john = members.john();
        givenPost(john, "older #Java", 1);
        givenPost(john, "newer #JAVA", 2);
        givenPost(john, "other #kotlin", 3);

        String html = page(john, "/tag/jAvA");

        assertThat(html).contains("<h1>#java</h1>");
        assertThat(postsOn(html)).isEqualTo(2);
        assertThat(html.indexOf("newer ")).isPositive().isLessThan(html.indexOf("older "));
        assertThat(page(john, "/tag/nothing")).contains("No posts with this tag yet.");
        mvc.perform(get("/tag/123").with(as(john))).andExpect(status().isNotFound());
        mvc.perform(get("/tag/a-b").with(as(john))).andExpect(status().isNotFound());
        mvc.perform(get("/tag/java")).andExpect(status().is3xxRedirection());
    }

    @Test
    void theTagPageTakesTheSameStatementsForTwoPostsAsForAFullPageOfReplies() throws Exception {
        User john = members.john();
        User susan = members.susan();
        givenPost(john, "one #busy", 1);
        givenPost(john, "two #busy", 2);
        List<String> few = statementsFor(john, "/tag/busy");

        PostView parent = givenPost(susan, "parent", 3);
        for (int i = 0; i < 30; i++) {
            PostView reply = posts.reply(john.getId(), parent.id(), "reply " + i + " #busy", null);
            posts.like(susan.getId(), reply.id());
        }
        List<String> many = statementsFor(john, "/tag/busy");

        assertThat(few).hasSize(TimelineQueryBudgetTests.STATEMENTS_PER_PAGE + 1); // the tag's ids, then the posts
        assertThat(many).hasSize(few.size() + 1); // the parents' authors, once for the page
        assertThat(statementsFor(john, "/tag/busy?page=2")).hasSize(many.size());
    }

    private List<String> statementsFor(User reader, String path) {
        return SqlStatements.recordedWhile(() -> {
            try {
                page(reader, path);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
    }
}
