package org.microblog.api;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.microblog.follow.FollowService;
import org.microblog.post.PostService;
import org.microblog.user.User;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/** Posts, timelines and follows over the API. */
class PostApiTests extends ApiTests {

    @Autowired
    PostService posts;

    @Autowired
    FollowService follows;

    @Test
    void publishingAnswers201WithLocationAndThePost() throws Exception {
        clock.set(Instant.parse("2024-05-01T10:00:00Z"));
        User john = members.john();

        mvc.perform(post("/api/posts").with(tokenFor(john)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"body\": \"  hello world  \"}"))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", matchesPattern("/api/posts/\\d+")))
                .andExpect(jsonPath("$.body").value("hello world"))
                .andExpect(jsonPath("$.timestamp").value("2024-05-01T10:00:00+00:00"))
                .andExpect(jsonPath("$.language").value(nullValue()))
                .andExpect(jsonPath("$.author.username").value("john"))
                .andExpect(jsonPath("$.author._links.self").value("/api/users/" + john.getId()))
                .andExpect(jsonPath("$.author._links.avatar", matchesPattern("http://localhost/avatar/.*")));
    }

    @Test
    void detectsThePostsLanguage() throws Exception {
        User john = members.john();

        mvc.perform(post("/api/posts").with(tokenFor(john)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"body\": \"Heute Abend gehen wir alle zusammen ins Kino, kommst du mit?\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.language").value("de"));
    }

    @Test
    void aPostMustHave1To140Characters() throws Exception {
        User john = members.john();

        mvc.perform(post("/api/posts").with(tokenFor(john)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"body\": \"" + "x".repeat(141) + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value("body must have at most 140 characters"));
        mvc.perform(post("/api/posts").with(tokenFor(john)).contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value("must include body field"));
    }

    @Test
    void onePostByIdAndUnknownPostsAreNotFound() throws Exception {
        User john = members.john();
        long id = posts.publish(john.getId(), "hi", "en").id();

        mvc.perform(get("/api/posts/" + id).with(tokenFor(john)))
                .andExpect(jsonPath("$.id").value(id))
                .andExpect(jsonPath("$.language").value("en"))
                .andExpect(jsonPath("$._links.self").value("/api/posts/" + id));
        mvc.perform(get("/api/posts/" + (id + 100)).with(tokenFor(john))).andExpect(status().isNotFound());
    }

    @Test
    void exploreAndAUsersPostsPageWithoutTotals() throws Exception {
        User john = members.john();
        User susan = members.susan();
        for (int i = 0; i < 3; i++) {
            clock.set(Instant.parse("2024-05-01T10:00:00Z").plusSeconds(i));
            posts.publish(john.getId(), "john " + i, null);
        }
        posts.publish(susan.getId(), "susan", null);

        mvc.perform(get("/api/posts?per_page=2").with(tokenFor(john)))
                .andExpect(jsonPath("$.items", hasSize(2)))
                .andExpect(jsonPath("$.items[0].body").value("susan"))
                .andExpect(jsonPath("$._meta.per_page").value(2))
                .andExpect(jsonPath("$._meta.total_items").doesNotExist())
                .andExpect(jsonPath("$._links.next").value(matchesPattern("/api/posts\\?before=\\d+_\\d+&per_page=2")));
        String next = JsonPath.read(mvc.perform(get("/api/posts?per_page=2").with(tokenFor(john))).andReturn()
                .getResponse().getContentAsString(), "$._links.next");
        mvc.perform(get(next).with(tokenFor(john)))
                .andExpect(jsonPath("$.items[*].body", contains("john 1", "john 0")))
                .andExpect(jsonPath("$._meta.page").doesNotExist())
                .andExpect(jsonPath("$._links.self").value(next))
                .andExpect(jsonPath("$._links.next").value(nullValue()))
                .andExpect(jsonPath("$._links.prev").value("/api/posts?page=1&per_page=2"));
        mvc.perform(get("/api/posts?before=nonsense&per_page=2").with(tokenFor(john)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items[0].body").value("susan"))
                .andExpect(jsonPath("$._meta.page").value(1));
        mvc.perform(get("/api/users/" + john.getId() + "/posts?page=2&per_page=2").with(tokenFor(john)))
                .andExpect(jsonPath("$.items", hasSize(1)))
                .andExpect(jsonPath("$.items[0].body").value("john 0"))
                .andExpect(jsonPath("$._links.next").value(nullValue()))
                .andExpect(jsonPath("$._links.prev").value("/api/users/" + john.getId() + "/posts?page=1&per_page=2"));
        mvc.perform(get("/api/users/9999/posts").with(tokenFor(john))).andExpect(status().isNotFound());
    }

    @Test
    void theTimelineShowsOwnAndFollowedPostsAfterFollowingThroughTheApi() throws Exception {
        User john = members.john();
        User susan = members.susan();
        members.mary();
        String token = tokenOf(john);
        posts.publish(susan.getId(), "from susan", null);
        posts.publish(john.getId(), "from john", null);

        mvc.perform(get("/api/timeline").with(bearer(token)))
                .andExpect(jsonPath("$.items", hasSize(1)));
        mvc.perform(post("/api/users/" + susan.getId() + "/follow").with(bearer(token))).andExpect(status().isNoContent());
        mvc.perform(post("/api/users/" + susan.getId() + "/follow").with(bearer(token))).andExpect(status().isNoContent());
        mvc.perform(get("/api/timeline").with(bearer(token)))
                .andExpect(jsonPath("$.items", hasSize(2)))
                .andExpect(jsonPath("$._links.self").value("/api/timeline?page=1&per_page=10"));
        mvc.perform(delete("/api/users/" + susan.getId() + "/follow").with(bearer(token))).andExpect(status().isNoContent());
        mvc.perform(get("/api/timeline").with(bearer(token))).andExpect(jsonPath("$.items", hasSize(1)));
    }

    @Test
    void followingYourselfOrNobodyIsRefused() throws Exception {
        User john = members.john();

        mvc.perform(post("/api/users/" + john.getId() + "/follow").with(tokenFor(john)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value("You cannot follow yourself!"));
        mvc.perform(post("/api/users/9999/follow").with(tokenFor(john))).andExpect(status().isNotFound());
        mvc.perform(delete("/api/users/9999/follow").with(tokenFor(john))).andExpect(status().isNotFound());
    }
}
