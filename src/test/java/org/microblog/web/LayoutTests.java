package org.microblog.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.microblog.message.MessageService;
import org.microblog.testsupport.WebTests;
import org.microblog.user.User;
import org.springframework.beans.factory.annotation.Autowired;

/** The frame around every page: the icon, the language links, the badge, texts in attributes. */
class LayoutTests extends WebTests {

    @Autowired
    MessageService messages;

    @Test
    void everyPageLinksTheIconAndBothIconsAreServedForAWeek() throws Exception {
        mvc.perform(get("/auth/login"))
                .andExpect(content().string(containsString("<link rel=\"icon\" href=\"/favicon.svg\" type=\"image/svg+xml\">")));

        mvc.perform(get("/favicon.svg"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("image/svg+xml"))
                .andExpect(header().string("Cache-Control", "max-age=604800, public"))
                .andExpect(content().string(containsString("<svg")));
        mvc.perform(get("/favicon.ico"))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "max-age=604800, public"))
                .andExpect(result -> org.assertj.core.api.Assertions.assertThat(result.getResponse().getContentAsByteArray())
                        .startsWith(0, 0, 1, 0, 1, 0));
    }

    @Test
    void theLanguageLinksKeepThePathAndTheQuery() throws Exception {
        User john = members.john();

        mvc.perform(get("/explore?page=2").with(as(john)))
                .andExpect(content().string(containsString("<a href=\"/explore?page=2&amp;lang=en\" lang=\"en\"")))
                .andExpect(content().string(containsString("<a href=\"/explore?page=2&amp;lang=es\" lang=\"es\"")));
        mvc.perform(get("/messages?box=sent&lang=es&page=3").with(as(john)))
                .andExpect(content().string(containsString("href=\"/messages?box=sent&amp;page=3&amp;lang=en\"")));
        mvc.perform(get("/auth/login"))
                .andExpect(content().string(containsString("href=\"/auth/login?lang=es\"")));
    }

    @Test
    void theLanguageLinksOfAnErrorPageKeepTheAddressAskedFor() throws Exception {
        User john = members.john();

        mvc.perform(get("/user/nobody?x=1").with(as(john)))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("href=\"/user/nobody?x=1&amp;lang=es\"")));
    }

    @Test
    void theUnreadCountShowsInTheMenuAndBesideItsToggle() throws Exception {
        User john = members.john();
        User susan = members.susan();
        messages.send(susan.getId(), john.getId(), "hi");

        mvc.perform(get("/explore").with(as(john)))
                .andExpect(content().string(containsString(
                        "<span class=\"badge text-bg-danger message-count\">1</span>")))
                .andExpect(content().string(containsString(
                        "<span id=\"message_count\" class=\"badge text-bg-danger message-count\"")))
                .andExpect(content().string(containsString("id=\"message_count_compact\"")));
        mvc.perform(get("/explore").with(as(susan)))
                .andExpect(content().string(containsString("<span class=\"badge text-bg-danger message-count d-none\">0</span>")));
    }

    @Test
    void textsInAttributesAreLookedUpAndEscapedForTheAttribute() throws Exception {
        mvc.perform(get("/auth/login"))
                .andExpect(content().string(containsString("aria-label=\"Toggle navigation\"")));
        mvc.perform(get("/auth/login").header("Accept-Language", "es"))
                .andExpect(content().string(containsString("aria-label=\"Mostrar navegación\"")))
                .andExpect(content().string(not(containsString("auth.login.title"))));
    }
}
