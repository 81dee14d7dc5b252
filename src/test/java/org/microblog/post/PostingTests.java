package org.microblog.post;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.microblog.user.User;

class PostingTests extends TimelineWebTests {

    @Test
    void publishesAPostAndRedirectsHomeWithAFlash() throws Exception {
        User john = members.john();

        mvc.perform(post("/index").with(as(john)).with(csrf()).param("post", "  my first post  "))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/index"))
                .andExpect(flashed("Your post is now live!"));

        assertThat(jdbc.queryForList("SELECT body FROM posts WHERE user_id = ?", String.class, john.getId()))
                .containsExactly("my first post");
        assertThat(jdbc.queryForObject("SELECT language FROM posts", String.class)).isNull();
    }

    @Test
    void detectsTheLanguageOfEachPostReplyAndEditWhenItIsWritten() throws Exception {
        User john = members.john();
        User susan = members.susan();

        mvc.perform(post("/index").with(as(john)).with(csrf()).param("post", "Mañana vamos a la playa con los niños, ¿alguien se apunta?"))
                .andExpect(redirectedUrl("/index"));
        long id = jdbc.queryForObject("SELECT id FROM posts", Long.class);
        assertThat(jdbc.queryForObject("SELECT language FROM posts WHERE id = ?", String.class, id)).isEqualTo("es");

        mvc.perform(post("/post/" + id + "/reply").with(as(susan)).with(csrf()).param("post", "Bonne idée, je viens avec mon chien et des sandwichs !"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("SELECT language FROM posts WHERE reply_to_id = ?", String.class, id)).isEqualTo("fr");

        mvc.perform(post("/post/" + id + "/edit").with(as(john)).with(csrf()).param("post", "Tomorrow we are going to the beach with the kids, who wants to come?"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("SELECT language FROM posts WHERE id = ?", String.class, id)).isEqualTo("en");

        mvc.perform(post("/post/" + id + "/edit").with(as(john)).with(csrf()).param("post", "ok!"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("SELECT language FROM posts WHERE id = ?", String.class, id)).isNull();
    }

    @Test
    void publishesFromTheRootToo() throws Exception {
        mvc.perform(post("/").with(as(members.john())).with(csrf()).param("post", "from the root"))
                .andExpect(redirectedUrl("/index"));

        assertThat(rowsInPosts()).isOne();
    }

    @Test
    void showsTheBodyEscapedWithItsLinksClickable() throws Exception {
        User john = members.john();
        mvc.perform(post("/index").with(as(john)).with(csrf()).param("post", "<script>alert(1)</script>"));
        mvc.perform(post("/index").with(as(john)).with(csrf()).param("post", "read https://example.com/a?b=1&c=2 now"));

        String html = home(john);

        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert(1)");
        assertThat(html).contains("<a href=\"https://example.com/a?b=1&amp;c=2\" rel=\"nofollow noopener noreferrer\">");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\n\t "})
    void refusesAnEmptyPost(String body) throws Exception {
        String html = mvc.perform(post("/index").with(as(members.john())).with(csrf()).param("post", body))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("is-invalid", "This field is required.");
        assertThat(rowsInPosts()).isZero();
    }

    @Test
    void refusesAPostLongerThan140CharactersAndShowsItAgainWithTheTimeline() throws Exception {
        User john = members.john();
        givenPost(john, "an older post", 1);

        String html = mvc.perform(post("/index").with(as(john)).with(csrf()).param("post", "x".repeat(141)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("This field must be at most 140 characters long.", "x".repeat(141), "an older post");
        assertThat(rowsInPosts()).isOne();
    }

    @Test
    void accepts140CharactersAfterTrimming() throws Exception {
        mvc.perform(post("/index").with(as(members.john())).with(csrf()).param("post", "  " + "y".repeat(140) + "\n"))
                .andExpect(redirectedUrl("/index"));

        assertThat(rowsInPosts()).isOne();
    }

    @Test
    void accepts140Emoji() throws Exception {
        String emoji = "\uD83D\uDE00".repeat(140);

        mvc.perform(post("/index").with(as(members.john())).with(csrf()).param("post", emoji))
                .andExpect(redirectedUrl("/index"));

        assertThat(jdbc.queryForObject("SELECT body FROM posts", String.class)).isEqualTo(emoji);
    }

    @Test
    void refusesAPostWithoutCsrfToken() throws Exception {
        mvc.perform(post("/index").with(as(members.john())).param("post", "forged"))
                .andExpect(status().isForbidden());

        assertThat(rowsInPosts()).isZero();
    }

    @Test
    void showsTheFieldErrorInSpanish() throws Exception {
        String html = mvc.perform(post("/index").with(as(members.john())).with(csrf()).param("post", " ")
                        .header("Accept-Language", "es"))
                .andReturn().getResponse().getContentAsString();

        assertThat(html).contains("Este campo es obligatorio.");
    }

    private String home(User member) throws Exception {
        return mvc.perform(get("/index").with(as(member))).andReturn().getResponse().getContentAsString();
    }
}
