package org.microblog.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.microblog.follow.FollowService;
import org.microblog.post.PostService;
import org.microblog.testsupport.SqlStatements;
import org.microblog.testsupport.WebTests;
import org.microblog.user.User;
import org.microblog.user.UserService;
import org.springframework.beans.factory.annotation.Autowired;

class ProfileControllerTests extends WebTests {

    static final Instant NOON = Instant.parse("2024-05-01T12:00:00Z");

    @Autowired
    PostService posts;

    @Autowired
    FollowService follows;

    @Autowired
    UserService users;

    @Test
    void showsTheMembersCardAndPostsNewestFirst() throws Exception {
        clock.set(NOON);
        User john = members.john();
        User susan = members.susan();
        follows.follow(susan.getId(), john.getId());
        posts.publish(john.getId(), "first post from john", "en");
        clock.advance(Duration.ofMinutes(1));
        posts.publish(john.getId(), "second post from john", "en");

        String html = mvc.perform(get("/user/john").with(as(susan)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("User: john")))
                .andExpect(content().string(containsString("1 follower, 0 following")))
                .andExpect(content().string(containsString("src=\"/avatar/")))
                .andExpect(content().string(containsString("Last seen on: <time datetime=\"2024-05-01T12:00:00Z\">")))
                .andReturn().getResponse().getContentAsString();

        assertThat(html.indexOf("second post from john")).isPositive().isLessThan(html.indexOf("first post from john"));
    }

    @Test
    void showsTheUnfollowButtonAndMessageLinkOnAFollowedMembersProfile() throws Exception {
        User john = members.john();
        User susan = members.susan();
        follows.follow(susan.getId(), john.getId());

        mvc.perform(get("/user/john").with(as(susan)))
                .andExpect(content().string(containsString("action=\"/unfollow/john\"")))
                .andExpect(content().string(containsString(">Unfollow</button>")))
                .andExpect(content().string(containsString("name=\"_csrf\"")))
                .andExpect(content().string(containsString("<a href=\"/send_message/john\">Send private message</a>")))
                .andExpect(content().string(not(containsString("Edit your profile"))));
    }

    @Test
    void showsTheFollowButtonToMembersWhoDoNotFollow() throws Exception {
        members.john();
        User susan = members.susan();

        mvc.perform(get("/user/john").with(as(susan)))
                .andExpect(content().string(containsString("action=\"/follow/john\"")))
                .andExpect(content().string(containsString(">Follow</button>")))
                .andExpect(content().string(containsString("0 followers, 0 following")));
    }

    @Test
    void showsTheEditAndExportLinksOnOnesOwnProfileInsteadOfFollowing() throws Exception {
        User john = members.john();

        mvc.perform(get("/user/john").with(as(john)))
                .andExpect(content().string(containsString("<a href=\"/edit_profile\">Edit your profile</a>")))
                .andExpect(content().string(containsString("<a href=\"/export_posts\">Export your posts</a>")))
                .andExpect(content().string(not(containsString(">Follow</button>"))))
                .andExpect(content().string(not(containsString("Send private message"))));
    }

    @Test
    void findsTheMemberWhateverTheCaseOfTheAddress() throws Exception {
        User john = members.john();

        mvc.perform(get("/user/JOHN").with(as(john)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("User: john")));
    }

    @Test
    void answersNotFoundForAnUnknownMember() throws Exception {
        User john = members.john();

        mvc.perform(get("/user/nobody").with(as(john))).andExpect(status().isNotFound());
    }

    @Test
    void readsAPageNumberThatIsNotANumberAsTheFirstPage() throws Exception {
        User john = members.john();

        mvc.perform(get("/user/john").param("page", "abc").with(as(john))).andExpect(status().isOk());
        mvc.perform(get("/user/john").param("page", "0").with(as(john))).andExpect(status().isOk());
    }

    @Test
    void escapesTheAboutMeText() throws Exception {
        User john = members.john();
        users.updateProfile(john.getId(), "john", "<b>x</b>");

        mvc.perform(get("/user/john").with(as(john)))
                .andExpect(content().string(containsString("&lt;b&gt;x&lt;/b&gt;")))
                .andExpect(content().string(not(containsString("<b>x</b>"))));
    }

    @Test
    void sendsVisitorsToSignIn() throws Exception {
        members.john();

        mvc.perform(get("/user/john"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/auth/login?next=%2Fuser%2Fjohn"));
    }

    @Test
    void speaksSpanishToSpanishBrowsers() throws Exception {
        User john = members.john();

        mvc.perform(get("/user/john").with(as(john)).header("Accept-Language", "es"))
                .andExpect(content().string(containsString("Usuario: john")))
                .andExpect(content().string(containsString("0 seguidores, siguiendo a 0")))
                .andExpect(content().string(containsString("Editar tu perfil")))
                .andExpect(content().string(containsString("Última visita")));
    }

    @Test
    void countsFollowersInTheSingularAndThePluralInEveryLanguage() throws Exception {
        User john = members.john();
        User susan = members.susan();
        follows.follow(susan.getId(), john.getId());

        mvc.perform(get("/user/john").with(as(john)))
                .andExpect(content().string(containsString("1 follower, 0 following")));
        mvc.perform(get("/user/john").with(as(john)).header("Accept-Language", "es"))
                .andExpect(content().string(containsString("1 seguidor, siguiendo a 0")));

        follows.follow(members.mary().getId(), john.getId());
        mvc.perform(get("/user/john").with(as(john)))
                .andExpect(content().string(containsString("2 followers, 0 following")));
        mvc.perform(get("/user/john").with(as(john)).header("Accept-Language", "es"))
                .andExpect(content().string(containsString("2 seguidores, siguiendo a 0")));
        mvc.perform(get("/user/susan").with(as(john)).header("Accept-Language", "es"))
                .andExpect(content().string(containsString("0 seguidores, siguiendo a 1")));
    }

    @Test
    void aProfileWithoutPostsSaysSoAndAPagePastTheEndLinksToTheFirst() throws Exception {
        User john = members.john();
        User susan = members.susan();

        mvc.perform(get("/user/susan").with(as(john)))
                .andExpect(content().string(containsString("No posts yet.")));
        mvc.perform(get("/user/john").with(as(john)))
                .andExpect(content().string(containsString("You have not posted anything yet.")));
        posts.publish(susan.getId(), "only post", "en");
        mvc.perform(get("/user/susan").param("page", "3").with(as(john)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("No posts here.")))
                .andExpect(content().string(containsString("<a href=\"/user/susan\">Go to the first page</a>")));
    }

    @Test
    void pagesThroughThePostsWithNewerAndOlderLinks() throws Exception {
        clock.set(NOON);
        User john = members.john();
        publish(john, 26);

        mvc.perform(get("/user/john").with(as(john)))
                .andExpect(content().string(containsString("post 26")))
                .andExpect(content().string(not(containsString("post 1<"))))
                .andExpect(content().string(containsString("href=\"/user/john?before=")))
                .andExpect(content().string(containsString("Older posts")));
        mvc.perform(get("/user/john").param("page", "2").with(as(john)))
                .andExpect(content().string(containsString("post 1<")))
                .andExpect(content().string(not(containsString("post 26"))))
                .andExpect(content().string(containsString("href=\"/user/john?page=1\"")))
                .andExpect(content().string(containsString("Newer posts")));
    }

    @Test
    void rendersWithTheSameNumberOfQueriesForFiveOrTwentyFivePosts() throws Exception {
        clock.set(NOON);
        User john = members.john();
        User susan = members.susan();
        User mary = members.mary();
        follows.follow(susan.getId(), john.getId());
        publish(john, 5);
        publish(mary, 25);

        List<String> fewPosts = statementsToShow("/user/john", susan);
        List<String> fullPage = statementsToShow("/user/mary", susan);

        assertThat(fullPage).hasSameSizeAs(fewPosts);
        assertThat(fullPage.size()).isLessThanOrEqualTo(6);
    }

    private List<String> statementsToShow(String path, User viewer) {
        return SqlStatements.recordedWhile(() -> {
            try {
                mvc.perform(get(path).with(as(viewer))).andExpect(status().isOk());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Test
    void thePopupIsTheProfileCardAloneWithAWorkingFollowButton() throws Exception {
        User john = members.john();
        User susan = members.susan();

        mvc.perform(get("/user/susan/popup").with(as(john)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<html"))))
                .andExpect(content().string(containsString("href=\"/user/susan\"")))
                .andExpect(content().string(containsString("0 followers, 0 following")))
                .andExpect(content().string(containsString("action=\"/follow/susan\"")))
                .andExpect(content().string(containsString("name=\"_csrf\"")));
        mvc.perform(get("/user/nobody/popup").with(as(john))).andExpect(status().isNotFound());
        mvc.perform(get("/user/susan/popup")).andExpect(status().is3xxRedirection());
        assertThat(susan.getUsername()).isEqualTo("susan");
    }

    private void publish(User author, int count) {
        for (int i = 1; i <= count; i++) {
            clock.advance(Duration.ofSeconds(1));
            posts.publish(author.getId(), "post " + i, "en");
        }
    }
}
