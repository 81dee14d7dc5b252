package org.microblog.post;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.microblog.user.User;
import org.springframework.mock.web.MockHttpSession;

class HomePageTests extends TimelineWebTests {

    @Test
    void homeTimelineShowsOwnAndFollowedPostsNewestFirst() throws Exception {
        User john = members.john();
        User susan = members.susan();
        User mary = members.mary();
        givenPost(john, "post from john", 1);
        givenPost(susan, "post from susan", 3);
        givenPost(mary, "post from mary", 2);
        givenFollows(john, susan);

        String html = mvc.perform(get("/index").with(as(john))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(html).contains("<title>Home - Microblog</title>", "Hi, john!", "Say something", "name=\"post\"",
                "Submit");
        assertThat(html).containsSubsequence("post from susan", "post from john").doesNotContain("post from mary");
    }

    @Test
    void rootShowsTheSameHomePage() throws Exception {
        User john = members.john();
        givenPost(john, "hello from the root", 1);

        String html = mvc.perform(get("/").with(as(john))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(html).contains("Hi, john!", "hello from the root");
    }

    @Test
    void eachPostSaysWhoWroteItAndWhenInUtc() throws Exception {
        User john = members.john();
        givenPost(john, "dated", 5);

        String html = mvc.perform(get("/index").with(as(john))).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("<a href=\"/user/john\" class=\"user-popup\">john</a> said <a href=\"/post/")
                .contains("class=\"post-link\"><time datetime=\"2026-05-01T10:05:00Z\" data-relative>2026-05-01 10:05 UTC</time></a>");
    }

    @Test
    void pagesOlderPostsAtTwentyFiveAPage() throws Exception {
        User john = members.john();
        for (int i = 0; i < 60; i++) {
            givenPost(john, "post number " + i, i);
        }

        String first = page(john, "1");
        String third = page(john, "3");

        assertThat(postsOn(first)).isEqualTo(25);
        assertThat(first).contains("post number 59", "href=\"/index?before=", "Older posts").doesNotContain("post number 34");
        assertThat(postsOn(third)).isEqualTo(10);
        assertThat(third).contains("post number 0", "href=\"/index?page=2\"", "Newer posts")
                .doesNotContain("href=\"/index?page=4\"");
    }

    @Test
    void olderLinksCarryACursorAndNewerStepsBackOnePage() throws Exception {
        User john = members.john();
        for (int i = 0; i < 60; i++) {
            givenPost(john, "post number " + i, i);
        }

        String first = page(john, "1");
        String second = follow(john, olderLink(first));
        String third = follow(john, olderLink(second));

        assertThat(olderLink(first)).matches("/index\\?before=\\d+_\\d+&page=2");
        assertThat(postsOn(second)).isEqualTo(25);
        assertThat(second).contains("post number 34", "post number 10", "href=\"/index?page=1\"", "Newer posts")
                .doesNotContain("post number 35<", "post number 9<");
        assertThat(postsOn(third)).isEqualTo(10);
        assertThat(third).contains("post number 0").doesNotContain("class=\"page-link\" href=\"/index?before=");
    }

    @Test
    void aCursorThatIsNotOneTheSiteWroteShowsTheFirstPage() throws Exception {
        User john = members.john();
        givenPost(john, "the only post", 1);

        for (String bad : new String[] {"", "abc", "1_", "_1", "1-2", "99999999999999999999_1", "1_99999999999999999999",
                "<script>", "1_2_3"}) {
            String html = mvc.perform(get("/index").param("before", bad).with(as(john))).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString();
            assertThat(html).contains("the only post");
        }
    }

    private static String olderLink(String html) {
        java.util.regex.Matcher link = java.util.regex.Pattern.compile("href=\"(/index\\?before=[^\"]+)\"").matcher(html);
        assertThat(link.find()).isTrue();
        return link.group(1).replace("&amp;", "&");
    }

    private String follow(User member, String link) throws Exception {
        return mvc.perform(get(link).with(as(member))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    @Test
    void treatsAnyPageNumberThatIsNotOneOfTheTimelineAsAPageNotAnError() throws Exception {
        User john = members.john();
        givenPost(john, "the only post", 1);

        for (String bad : new String[] {"0", "-1", "abc", "", " 1", "1.5", "2147483648", "99999999999999999999"}) {
            mvc.perform(get("/index").param("page", bad).with(as(john))).andExpect(status().isOk());
        }
        assertThat(page(john, "0")).contains("the only post");
        assertThat(page(john, "abc")).contains("the only post");
        assertThat(postsOn(page(john, "2147483647"))).isZero();
    }

    @Test
    void sendsVisitorsToSignInFirst() throws Exception {
        var result = mvc.perform(get("/index")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/auth/login?next=%2Findex")).andReturn();

        var session = (MockHttpSession) result.getRequest().getSession();
        String login = mvc.perform(get("/auth/login").param("next", "/index").session(session))
                .andReturn().getResponse().getContentAsString();
        assertThat(login).contains("Please log in to access this page.");
    }

    @Test
    void speaksSpanishToSpanishBrowsers() throws Exception {
        User john = members.john();
        User susan = members.susan();
        givenFollows(john, susan);
        for (int i = 0; i < 26; i++) {
            givenPost(susan, "hola " + i, i);
        }

        String html = mvc.perform(get("/index").with(as(john)).header("Accept-Language", "es"))
                .andReturn().getResponse().getContentAsString();

        assertThat(html).contains("<title>Inicio - Microblog</title>", "¡Hola, john!", "Di algo", "Enviar",
                "class=\"user-popup\">susan</a> dijo <a href=\"/post/", "Me gusta", "Artículos anteriores", "Artículos siguientes");
    }

    private String page(User member, String page) throws Exception {
        return mvc.perform(get("/index").param("page", page).with(as(member))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }
}
