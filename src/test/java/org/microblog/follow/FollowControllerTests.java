package org.microblog.follow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.microblog.testsupport.WebTests;
import org.microblog.user.User;
import org.springframework.beans.factory.annotation.Autowired;

class FollowControllerTests extends WebTests {

    @Autowired
    FollowService follows;

    @Test
    void followsAMemberAndReturnsToTheirProfile() throws Exception {
        User john = members.john();
        User susan = members.susan();

        mvc.perform(post("/follow/john").with(csrf()).with(as(susan)))
                .andExpect(redirectedUrl("/user/john"))
                .andExpect(flashed("You are following john!"));

        assertThat(follows.isFollowing(susan.getId(), john.getId())).isTrue();
        assertThat(follows.followerCount(john.getId())).isEqualTo(1);
    }

    @Test
    void followingTwiceKeepsOneRelation() throws Exception {
        User john = members.john();
        User susan = members.susan();

        mvc.perform(post("/follow/john").with(csrf()).with(as(susan)));
        mvc.perform(post("/follow/JOHN").with(csrf()).with(as(susan)))
                .andExpect(redirectedUrl("/user/john"))
                .andExpect(flashed("You are following john!"));

        assertThat(follows.followerCount(john.getId())).isEqualTo(1);
    }

    @Test
    void unfollowsAMember() throws Exception {
        User john = members.john();
        User susan = members.susan();
        follows.follow(susan.getId(), john.getId());

        mvc.perform(post("/unfollow/john").with(csrf()).with(as(susan)))
                .andExpect(redirectedUrl("/user/john"))
                .andExpect(flashed("You are not following john."));

        assertThat(follows.isFollowing(susan.getId(), john.getId())).isFalse();
    }

    @Test
    void refusesToFollowOrUnfollowOneself() throws Exception {
        User susan = members.susan();

        mvc.perform(post("/follow/susan").with(csrf()).with(as(susan)))
                .andExpect(redirectedUrl("/user/susan"))
                .andExpect(flashed("You cannot follow yourself!"));
        mvc.perform(post("/unfollow/susan").with(csrf()).with(as(susan)))
                .andExpect(redirectedUrl("/user/susan"))
                .andExpect(flashed("You cannot unfollow yourself!"));

        assertThat(follows.followingCount(susan.getId())).isZero();
    }

    @Test
    void sendsHomeWhenTheMemberDoesNotExist() throws Exception {
        User susan = members.susan();

        mvc.perform(post("/follow/nobody").with(csrf()).with(as(susan)))
                .andExpect(redirectedUrl("/index"))
                .andExpect(flashed("User nobody not found."));
        mvc.perform(post("/unfollow/nobody").with(csrf()).with(as(susan)))
                .andExpect(redirectedUrl("/index"))
                .andExpect(flashed("User nobody not found."));
    }

    @Test
    void refusesAFollowWithoutCsrfToken() throws Exception {
        User john = members.john();
        User susan = members.susan();

        mvc.perform(post("/follow/john").with(as(susan))).andExpect(status().isForbidden());

        assertThat(follows.isFollowing(susan.getId(), john.getId())).isFalse();
    }

    @Test
    void aLinkToFollowShowsTheButtonInsteadOfFollowing() throws Exception {
        User john = members.john();
        User susan = members.susan();

        mvc.perform(get("/follow/john").with(as(susan)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("action=\"/follow/john\"")))
                .andExpect(content().string(containsString(">Follow</button>")));
        mvc.perform(get("/unfollow/john").with(as(susan)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("action=\"/unfollow/john\"")))
                .andExpect(content().string(containsString(">Unfollow</button>")));

        assertThat(follows.isFollowing(susan.getId(), john.getId())).isFalse();
        mvc.perform(get("/follow/nobody").with(as(susan))).andExpect(status().isNotFound());
    }

    @Test
    void encodesUnusualNamesInTheRedirect() throws Exception {
        members.register("annlee");
        // A name stored before the username rule (an imported one): new names cannot have spaces.
        jdbc.update("UPDATE users SET username = 'ann lee', username_lower = 'ann lee' WHERE username = 'annlee'");
        User susan = members.susan();

        mvc.perform(post("/follow/ann lee").with(csrf()).with(as(susan)))
                .andExpect(redirectedUrl("/user/ann%20lee"))
                .andExpect(flashed("You are following ann lee!"));
    }

    @Test
    void speaksSpanishInFlashes() throws Exception {
        members.john();
        User susan = members.susan();

        mvc.perform(post("/follow/john").with(csrf()).with(as(susan)).header("Accept-Language", "es"))
                .andExpect(flashed("¡Ahora estás siguiendo a john!"));
    }
}
