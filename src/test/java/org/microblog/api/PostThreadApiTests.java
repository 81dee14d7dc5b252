package org.microblog.api;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.microblog.post.PostService;
import org.microblog.post.PostView;
import org.microblog.user.User;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/** A post's conversation over the API: edit, delete, replies, likes. */
class PostThreadApiTests extends ApiTests {

    @Autowired
    PostService posts;

    @Test
    void editingYourPostKeepsTheRuleAndMarksItEdited() throws Exception {
        User john = members.john();
        User susan = members.susan();
        PostView post = posts.publish(john.getId(), "first", null);

        mvc.perform(put("/api/posts/" + post.id()).with(tokenFor(john)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"body\": \" second \"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.body").value("second"))
                .andExpect(jsonPath("$.edited_at").isString());
        mvc.perform(put("/api/posts/" + post.id()).with(tokenFor(john)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"body\": \"" + "x".repeat(141) + "\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(put("/api/posts/" + post.id()).with(tokenFor(susan)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"body\": \"mine now\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/posts/" + post.id()).with(tokenFor(susan))).andExpect(jsonPath("$.body").value("second"));
    }

    @Test
    void repliesLikesAndDeleting() throws Exception {
        User john = members.john();
        User susan = members.susan();
        PostView post = posts.publish(john.getId(), "root", null);

        mvc.perform(post("/api/posts/" + post.id() + "/replies").with(tokenFor(susan)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"body\": \"a reply\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.reply_to").value(post.id()));
        mvc.perform(get("/api/posts/" + post.id() + "/replies").with(tokenFor(john)))
                .andExpect(jsonPath("$[*].body", contains("a reply")));
        mvc.perform(put("/api/posts/" + post.id() + "/like").with(tokenFor(susan))).andExpect(status().isOk())
                .andExpect(jsonPath("$.count").value(1)).andExpect(jsonPath("$.liked").value(true));
        mvc.perform(put("/api/posts/" + post.id() + "/like").with(tokenFor(susan)))
                .andExpect(jsonPath("$.count").value(1)).andExpect(jsonPath("$.likers", contains("susan")));
        mvc.perform(get("/api/posts/" + post.id()).with(tokenFor(john)))
                .andExpect(jsonPath("$.like_count").value(1)).andExpect(jsonPath("$.reply_count").value(1))
                .andExpect(jsonPath("$.edited_at").value(nullValue()));
        mvc.perform(delete("/api/posts/" + post.id() + "/like").with(tokenFor(susan)))
                .andExpect(jsonPath("$.count").value(0)).andExpect(jsonPath("$.liked").value(false));

        mvc.perform(delete("/api/posts/" + post.id()).with(tokenFor(susan))).andExpect(status().isForbidden());
        mvc.perform(delete("/api/posts/" + post.id()).with(tokenFor(john))).andExpect(status().isNoContent());
        mvc.perform(get("/api/posts/" + post.id()).with(tokenFor(john))).andExpect(status().isNotFound());
        mvc.perform(put("/api/posts/" + post.id() + "/like").with(tokenFor(susan))).andExpect(status().isNotFound());
        mvc.perform(get("/api/posts/" + post.id() + "/replies").with(tokenFor(susan))).andExpect(status().isNotFound());
    }
}
