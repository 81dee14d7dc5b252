package org.microblog.api;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.microblog.post.PostService;
import org.microblog.user.User;
import org.springframework.beans.factory.annotation.Autowired;

class SearchApiTests extends ApiTests {

    @Autowired
    PostService posts;

    @Test
    void findsPostsAndMembersInTheCollectionEnvelope() throws Exception {
        User john = members.john();
        members.susan();
        posts.publish(john.getId(), "hello searchable world", "en");

        mvc.perform(get("/api/search").param("q", "searchable").with(tokenFor(john)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].body").value("hello searchable world"))
                .andExpect(jsonPath("$._meta.per_page").value(10))
                .andExpect(jsonPath("$._links.self").value("/api/search?page=1&per_page=10&q=searchable&type=posts"))
                .andExpect(jsonPath("$._links.next").isEmpty());
        mvc.perform(get("/api/search").param("q", "sus").param("type", "users").with(tokenFor(john)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].username").value("susan"))
                .andExpect(jsonPath("$.items.length()").value(1));
    }

    @Test
    void anUnknownTypeIsABadRequestAndOddQueriesFindNothing() throws Exception {
        User john = members.john();

        mvc.perform(get("/api/search").param("q", "x").param("type", "tags").with(tokenFor(john)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value("type must be posts or users"));
        mvc.perform(get("/api/search").param("q", "\" OR 1=1 --").with(tokenFor(john)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(0));
        mvc.perform(get("/api/search").param("q", "x")).andExpect(status().isUnauthorized());
    }
}
