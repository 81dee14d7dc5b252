package org.microblog.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.microblog.message.MessageService;
import org.microblog.post.PostService;
import org.microblog.testsupport.WebTests;
import org.microblog.user.User;
import org.springframework.beans.factory.annotation.Autowired;

/** A list with nothing in it says so; a page past the end links back to the first page. */
class EmptyStatesTests extends WebTests {

    @Autowired
    PostService posts;

    @Autowired
    MessageService messages;

    @Test
    void anEmptyTimelineSaysWhatToDo() throws Exception {
        User john = members.john();

        mvc.perform(get("/index").with(as(john)))
                .andExpect(content().string(containsString("Your timeline is empty.")));
        mvc.perform(get("/index").with(as(john)).header("Accept-Language", "es"))
                .andExpect(content().string(containsString("Tu línea de tiempo está vacía.")));
        mvc.perform(get("/explore").with(as(john)))
                .andExpect(content().string(containsString("No posts yet.")));
    }

    @Test
    void aTimelineWithPostsHasNoEmptyText() throws Exception {
        User john = members.john();
        posts.publish(john.getId(), "hello", "en");

        mvc.perform(get("/index").with(as(john)))
                .andExpect(content().string(not(containsString("empty-state"))));
    }

    @Test
    void aPagePastTheEndOfATimelineLinksToTheFirstPage() throws Exception {
        User john = members.john();
        posts.publish(john.getId(), "hello", "en");

        mvc.perform(get("/index").param("page", "4").with(as(john)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("No posts here. <a href=\"/index\">Go to the first page</a>")));
        mvc.perform(get("/explore").param("page", "4").with(as(john)).header("Accept-Language", "es"))
                .andExpect(content().string(containsString(
                        "No hay artículos aquí. <a href=\"/explore\">Ir a la primera página</a>")));
    }

    @Test
    void aPagePastTheEndOfTheMessagesLinksToTheFirstPage() throws Exception {
        User john = members.john();
        User susan = members.susan();
        messages.send(susan.getId(), john.getId(), "hi");

        mvc.perform(get("/messages").param("page", "2").with(as(john)))
                .andExpect(content().string(containsString("No messages here. <a href=\"/messages\">Go to the first page</a>")));
        mvc.perform(get("/messages").param("box", "sent").param("page", "2").with(as(susan)))
                .andExpect(content().string(containsString("<a href=\"/messages?box=sent\">Go to the first page</a>")));
        mvc.perform(get("/messages/susan").param("page", "2").with(as(john)))
                .andExpect(content().string(containsString("No messages here.")));
        mvc.perform(get("/messages").with(as(susan)))
                .andExpect(content().string(containsString("No messages yet.")));
    }
}
