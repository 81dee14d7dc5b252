package org.microblog.api;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.microblog.post.PostService;
import org.microblog.post.PostView;
import org.microblog.user.User;
import org.springframework.beans.factory.annotation.Autowired;

/** Notices and tags over the API: the collection envelope, grouping, mentions and tags on posts. */
class NoticeApiTests extends ApiTests {

    @Autowired
    PostService posts;

    @Test
    void noticesComeGroupedNewestFirstAndStayUnreadUntilMarkedRead() throws Exception {
        User john = members.john();
        User susan = members.susan();
        User mary = members.mary();
        PostView mine = posts.publish(john.getId(), "mine", null);
        posts.like(susan.getId(), mine.id());
        posts.like(mary.getId(), mine.id());
        posts.reply(susan.getId(), mine.id(), "hi @john", null);

        mvc.perform(get("/api/notices?per_page=1").with(tokenFor(john)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items", hasSize(1)))
                .andExpect(jsonPath("$.items[0].kind").value("reply"))
                .andExpect(jsonPath("$.items[0].actor.username").value("susan"))
                .andExpect(jsonPath("$.items[0].post.body").value("hi @john"))
                .andExpect(jsonPath("$.items[0].post.mentions", contains("john")))
                .andExpect(jsonPath("$.items[0].unread").value(true))
                .andExpect(jsonPath("$._links.next").value("/api/notices?page=2&per_page=1"));
        mvc.perform(get("/api/notices?page=2&per_page=1").with(tokenFor(john)))
                .andExpect(jsonPath("$.items[0].kind").value("like"))
                .andExpect(jsonPath("$.items[0].actor.username").value("mary"))
                .andExpect(jsonPath("$.items[0].others").value(1))
                .andExpect(jsonPath("$._links.next").value(nullValue()))
                .andExpect(jsonPath("$._links.prev").value("/api/notices?page=1&per_page=1"));

        mvc.perform(post("/api/notices/read").with(tokenFor(john))).andExpect(status().isNoContent());
        mvc.perform(get("/api/notices").with(tokenFor(john)))
                .andExpect(jsonPath("$.items[*].unread", contains(false, false)));
        mvc.perform(get("/api/notices").with(tokenFor(susan))).andExpect(jsonPath("$.items", hasSize(0)));
        mvc.perform(get("/api/notices")).andExpect(status().isUnauthorized());
    }

    @Test
    void aTagsPostsNewestFirstInAnyCaseWithCursorPaging() throws Exception {
        User john = members.john();
        for (int i = 0; i < 3; i++) {
            clock.set(Instant.parse("2024-05-01T10:00:00Z").plusSeconds(i));
            posts.publish(john.getId(), "post " + i + " #Java", null);
        }
        clock.reset();
        posts.publish(john.getId(), "#kotlin", null);

        mvc.perform(get("/api/tags/JAVA?per_page=2").with(tokenFor(john)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].body", contains("post 2 #Java", "post 1 #Java")))
                .andExpect(jsonPath("$.items[0].tags", contains("java")))
                .andExpect(jsonPath("$._links.next").value(matchesPattern("/api/tags/java\\?before=\\d+_\\d+&per_page=2")));
        mvc.perform(get("/api/tags/java?page=2&per_page=2").with(tokenFor(john)))
                .andExpect(jsonPath("$.items[*].body", contains("post 0 #Java")));
        mvc.perform(get("/api/tags/123").with(tokenFor(john))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value(matchesPattern("not a tag.*")));
    }
}
