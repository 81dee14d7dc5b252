package org.microblog.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.microblog.testsupport.WebTests;
import org.microblog.user.User;

class MessageControllerTests extends WebTests {

    User john;
    User susan;

    @BeforeEach
    void setUp() {
        john = members.john();
        susan = members.susan();
    }

    private void send(User from, User to, String text) throws Exception {
        mvc.perform(post("/send_message/" + to.getUsername()).with(as(from)).with(csrf()).param("message", text))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void sendingAMessageFlashesAndRedirectsToTheProfile() throws Exception {
        mvc.perform(get("/send_message/susan").with(as(john)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Send Message to susan")));

        mvc.perform(post("/send_message/susan").with(as(john)).with(csrf()).param("message", "hello <b>susan</b>"))
                .andExpect(redirectedUrl("/user/susan"))
                .andExpect(flashed("Your message has been sent."));

        mvc.perform(get("/messages").with(as(susan)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("hello &lt;b&gt;susan&lt;/b&gt;")));
    }

    @Test
    void refusesEmptyTooLongUnknownAndSelfMessages() throws Exception {
        mvc.perform(post("/send_message/susan").with(as(john)).with(csrf()).param("message", "  "))
                .andExpect(status().isOk()).andExpect(content().string(containsString("This field is required.")));
        mvc.perform(post("/send_message/susan").with(as(john)).with(csrf()).param("message", "x".repeat(141)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("at most 140 characters")));
        mvc.perform(post("/send_message/nobody").with(as(john)).with(csrf()).param("message", "hi"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/send_message/john").with(as(john)).with(csrf()).param("message", "hi"))
                .andExpect(redirectedUrl("/user/john"))
                .andExpect(flashed("You cannot send a private message to yourself."));
        mvc.perform(post("/send_message/susan").with(as(john)).param("message", "no token"))
                .andExpect(status().isForbidden());

        assertThat(jdbc.queryForObject("SELECT count(*) FROM messages", Integer.class)).isZero();
    }

    @Test
    void theBadgeCountsUnreadMessagesUntilTheMessagesPageIsOpened() throws Exception {
        send(john, susan, "one");
        send(john, susan, "two");

        mvc.perform(get("/send_message/john").with(as(susan)))
                .andExpect(content().string(containsString("id=\"message_count\" class=\"badge text-bg-danger message-count\"")))
                .andExpect(content().string(containsString(">2</span>")));

        mvc.perform(get("/messages").with(as(susan))).andExpect(status().isOk());

        mvc.perform(get("/send_message/john").with(as(susan)))
                .andExpect(content().string(containsString("id=\"message_count\" class=\"badge text-bg-danger message-count d-none\"")));
    }

    @Test
    void pollingReturnsNotificationsNewerThanSinceOldestFirst() throws Exception {
        clock.set(Instant.parse("2026-05-01T10:00:00Z"));
        send(john, susan, "one");
        clock.set(Instant.parse("2026-05-01T10:00:05Z"));
        send(john, susan, "two");

        mvc.perform(get("/notifications").param("since", "0").with(as(susan)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].name").value("unread_message_count"))
                .andExpect(jsonPath("$[0].data").value(2))
                .andExpect(jsonPath("$[0].timestamp").value(1777629605.0));
        mvc.perform(get("/notifications").param("since", "1777629605.0").with(as(susan)))
                .andExpect(jsonPath("$.length()").value(0));
        mvc.perform(get("/notifications").with(as(john))).andExpect(jsonPath("$.length()").value(0));
    }

    @Test
    void theConversationShowsBothDirectionsAndTakesReplies() throws Exception {
        send(john, susan, "from john");
        send(susan, john, "from susan");
        members.mary();
        send(john, members.register("other"), "not in this conversation");

        mvc.perform(get("/messages/susan").with(as(john)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("from john")))
                .andExpect(content().string(containsString("from susan")))
                .andExpect(content().string(not(containsString("not in this conversation"))));

        mvc.perform(post("/messages/susan").with(as(john)).with(csrf()).param("message", "a reply"))
                .andExpect(redirectedUrl("/messages/susan"));
        mvc.perform(get("/messages").param("box", "sent").with(as(john)))
                .andExpect(content().string(containsString("a reply")))
                .andExpect(content().string(containsString("not in this conversation")));
    }
}
