package org.microblog.api;

import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.microblog.message.MessageService;
import org.microblog.user.User;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/** Private messages and notifications over the API. */
class MessageApiTests extends ApiTests {

    @Autowired
    MessageService messages;

    @Test
    void sendingAnswers201WithLocationAndTheMessage() throws Exception {
        User john = members.john();
        User susan = members.susan();

        mvc.perform(post("/api/messages").with(tokenFor(john)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"recipient_id\": " + susan.getId() + ", \"body\": \"hi susan\"}"))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", matchesPattern("/api/messages/\\d+")))
                .andExpect(jsonPath("$.body").value("hi susan"))
                .andExpect(jsonPath("$.sender.username").value("john"))
                .andExpect(jsonPath("$.recipient.username").value("susan"));
    }

    @Test
    void sendingToYourselfNobodyOrWithoutFieldsIsRefused() throws Exception {
        User john = members.john();
        String token = tokenOf(john);

        mvc.perform(post("/api/messages").with(bearer(token)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"recipient_id\": " + john.getId() + ", \"body\": \"me\"}")).andExpect(status().isBadRequest());
        mvc.perform(post("/api/messages").with(bearer(token)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"recipient_id\": 9999, \"body\": \"hi\"}")).andExpect(status().isNotFound());
        mvc.perform(post("/api/messages").with(bearer(token)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"body\": \"hi\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value("must include recipient_id and body fields"));
    }

    @Test
    void receivedSentAndConversationLists() throws Exception {
        User john = members.john();
        User susan = members.susan();
        User mary = members.mary();
        messages.send(john.getId(), susan.getId(), "one");
        messages.send(susan.getId(), john.getId(), "two");
        messages.send(mary.getId(), susan.getId(), "three");
        String token = tokenOf(susan);

        mvc.perform(get("/api/messages/received").with(bearer(token)))
                .andExpect(jsonPath("$.items", hasSize(2)))
                .andExpect(jsonPath("$._links.self").value("/api/messages/received?page=1&per_page=10"));
        mvc.perform(get("/api/messages/sent").with(bearer(token)))
                .andExpect(jsonPath("$.items", hasSize(1)))
                .andExpect(jsonPath("$.items[0].body").value("two"));
        mvc.perform(get("/api/users/" + john.getId() + "/messages").with(bearer(token)))
                .andExpect(jsonPath("$.items", hasSize(2)));
        mvc.perform(get("/api/users/9999/messages").with(bearer(token))).andExpect(status().isNotFound());
    }

    @Test
    void onlyTheSenderAndRecipientCanReadAMessage() throws Exception {
        User john = members.john();
        User susan = members.susan();
        User mary = members.mary();
        long id = messages.send(john.getId(), susan.getId(), "private").id();

        mvc.perform(get("/api/messages/" + id).with(tokenFor(susan))).andExpect(jsonPath("$.body").value("private"));
        mvc.perform(get("/api/messages/" + id).with(tokenFor(john))).andExpect(status().isOk());
        mvc.perform(get("/api/messages/" + id).with(tokenFor(mary))).andExpect(status().isNotFound());
    }

    @Test
    void notificationsNewerThanSinceInTheEnvelope() throws Exception {
        User john = members.john();
        User susan = members.susan();
        messages.send(john.getId(), susan.getId(), "one");
        String token = tokenOf(susan);

        mvc.perform(get("/api/notifications?since=0").with(bearer(token)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].name").value("unread_message_count"))
                .andExpect(jsonPath("$.items[0].data").value(1))
                .andExpect(jsonPath("$.items[0].timestamp").isNumber())
                .andExpect(jsonPath("$._meta.total_items").value(1))
                .andExpect(jsonPath("$._links.self").value("/api/notifications?page=1&per_page=10&since=0.0"));
        mvc.perform(get("/api/notifications?since=99999999999").with(bearer(token)))
                .andExpect(jsonPath("$.items", hasSize(0)));
    }

    @Test
    void readingReceivedMessagesMarksThemRead() throws Exception {
        User john = members.john();
        User susan = members.susan();
        messages.send(john.getId(), susan.getId(), "one");

        mvc.perform(get("/api/messages/received").with(tokenFor(susan))).andExpect(status().isOk());

        org.assertj.core.api.Assertions.assertThat(messages.unreadCount(susan.getId())).isZero();
    }
}
