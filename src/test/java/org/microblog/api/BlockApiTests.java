package org.microblog.api;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.microblog.follow.BlockService;
import org.microblog.post.PostService;
import org.microblog.post.PostView;
import org.microblog.user.User;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/** Blocking over the API, and what a block hides from and refuses to the API's readers. */
class BlockApiTests extends ApiTests {

    @Autowired
    PostService posts;

    @Autowired
    BlockService blocks;

    @Test
    void blockListAndUnblockIdempotently() throws Exception {
        User john = members.john();
        User susan = members.susan();

        mvc.perform(post("/api/users/" + susan.getId() + "/block").with(tokenFor(john))).andExpect(status().isNoContent());
        mvc.perform(post("/api/users/" + susan.getId() + "/block").with(tokenFor(john))).andExpect(status().isNoContent());
        mvc.perform(get("/api/blocks").with(tokenFor(john))).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].username", contains("susan")))
                .andExpect(jsonPath("$._meta.page").value(1))
                .andExpect(jsonPath("$._links.self").value("/api/blocks?page=1&per_page=10"));
        mvc.perform(get("/api/blocks").with(tokenFor(susan))).andExpect(jsonPath("$.items", empty()));

        mvc.perform(post("/api/users/" + john.getId() + "/block").with(tokenFor(john)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.error").value("Bad Request"));
        mvc.perform(post("/api/users/999999/block").with(tokenFor(john))).andExpect(status().isNotFound());
        mvc.perform(post("/api/users/" + susan.getId() + "/block")).andExpect(status().isUnauthorized());

        mvc.perform(delete("/api/users/" + susan.getId() + "/block").with(tokenFor(john))).andExpect(status().isNoContent());
        mvc.perform(delete("/api/users/" + susan.getId() + "/block").with(tokenFor(john))).andExpect(status().isNoContent());
        mvc.perform(get("/api/blocks").with(tokenFor(john))).andExpect(jsonPath("$.items", empty()));
    }

    @Test
    void aBlockHidesPostsInEveryListAndRefusesRepliesMessagesAndFollows() throws Exception {
        User john = members.john();
        User susan = members.susan();
        PostView johns = posts.publish(john.getId(), "john on gardens", null);
        PostView susans = posts.publish(susan.getId(), "susan on gardens", null);
        blocks.block(john.getId(), susan.getId());

        mvc.perform(get("/api/posts/" + johns.id()).with(tokenFor(susan))).andExpect(status().isNotFound());
        mvc.perform(get("/api/posts/" + susans.id()).with(tokenFor(john))).andExpect(status().isNotFound());
        mvc.perform(get("/api/posts/" + johns.id() + "/replies").with(tokenFor(susan))).andExpect(status().isNotFound());
        mvc.perform(get("/api/posts").with(tokenFor(susan)))
                .andExpect(jsonPath("$.items[*].body", contains("susan on gardens")));
        mvc.perform(get("/api/users/" + john.getId() + "/posts").with(tokenFor(susan))).andExpect(status().isOk())
                .andExpect(jsonPath("$.items", empty()));
        mvc.perform(get("/api/timeline").with(tokenFor(susan)))
                .andExpect(jsonPath("$.items[*].body", not(hasItem("john on gardens"))));
        mvc.perform(get("/api/search?q=gardens").with(tokenFor(susan)))
                .andExpect(jsonPath("$.items[*].body", contains("susan on gardens")));
        mvc.perform(get("/api/search?q=gardens").with(tokenFor(members.mary())))
                .andExpect(jsonPath("$.items.length()").value(2));

        mvc.perform(post("/api/posts/" + johns.id() + "/replies").with(tokenFor(susan))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"body\": \"let me in\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value("You cannot reply to this member's posts."));
        mvc.perform(post("/api/messages").with(tokenFor(susan)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"recipient_id\": " + john.getId() + ", \"body\": \"hello\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value("You cannot send a private message to this member."));
        mvc.perform(post("/api/users/" + john.getId() + "/follow").with(tokenFor(susan)))
                .andExpect(status().isBadRequest());
    }
}
