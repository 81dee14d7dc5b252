package org.microblog.search;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.microblog.post.PostService;
import org.microblog.testsupport.WebTests;
import org.microblog.user.User;
import org.springframework.beans.factory.annotation.Autowired;

class SearchPageTests extends WebTests {

    @Autowired
    PostService posts;

    @Test
    void everyPageOfAMemberHasTheSearchBoxAndTheResultsMarkWhatWasFound() throws Exception {
        User john = members.john();
        posts.publish(john.getId(), "<script>alert(1)</script> apples are great", "en");
        posts.publish(john.getId(), "pears are fine", "en");

        mvc.perform(get("/index").with(as(john)))
                .andExpect(content().string(containsString("action=\"/search\"")));
        mvc.perform(get("/search").param("q", "apples").with(as(john)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt; <mark>apples</mark> are great")))
                .andExpect(content().string(not(containsString("pears are fine"))))
                .andExpect(content().string(not(containsString("<script>alert(1)"))));
    }

    @Test
    void membersWhoseNameMatchesAreShownAbovePosts() throws Exception {
        User john = members.john();
        members.susan();

        mvc.perform(get("/search").param("q", "susan").with(as(john)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/user/susan\"")))
                .andExpect(content().string(containsString("No posts match")));
    }

    @Test
    void emptyLongAndOddQueriesAnswerAReadablePage() throws Exception {
        User john = members.john();
        for (String odd : List.of("", "   ", "*", "\"", "'", "OR", "'; DROP TABLE posts; --", "NEAR(a b)", "שלום",
                "x".repeat(5000), "-only", "%_\\")) {
            mvc.perform(get("/search").param("q", odd).with(as(john)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("<h1>Search</h1>")));
        }
        mvc.perform(get("/search").with(as(john))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Type a word")));
    }

    @Test
    void visitorsAreAskedToSignIn() throws Exception {
        mvc.perform(get("/search").param("q", "x")).andExpect(redirectedUrl("/auth/login?next=%2Fsearch"));
    }
}
