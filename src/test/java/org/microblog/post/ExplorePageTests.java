package org.microblog.post;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.microblog.user.User;

class ExplorePageTests extends TimelineWebTests {

    @Test
    void showsEveryonesPostsNewestFirstWithoutAForm() throws Exception {
        User john = members.john();
        givenPost(members.susan(), "susan's post", 2);
        givenPost(members.mary(), "mary's post", 3);
        givenPost(john, "john's post", 1);

        String html = mvc.perform(get("/explore").with(as(john))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(html).contains("<title>Explore - Microblog</title>", "Hi, john!").doesNotContain("name=\"post\"");
        assertThat(html).containsSubsequence("mary&#39;s post", "susan&#39;s post", "john&#39;s post");
    }

    @Test
    void pagesLikeTheHomePage() throws Exception {
        User susan = members.susan();
        for (int i = 0; i < 30; i++) {
            givenPost(susan, "post " + i, i);
        }

        String second = mvc.perform(get("/explore").param("page", "2").with(as(members.john())))
                .andReturn().getResponse().getContentAsString();

        assertThat(postsOn(second)).isEqualTo(5);
        assertThat(second).contains("href=\"/explore?page=1\"");
        mvc.perform(get("/explore").param("page", "-3").with(as(susan))).andExpect(status().isOk());
    }

    @Test
    void sendsVisitorsToSignInFirst() throws Exception {
        mvc.perform(get("/explore")).andExpect(redirectedUrl("/auth/login?next=%2Fexplore"));
    }
}
