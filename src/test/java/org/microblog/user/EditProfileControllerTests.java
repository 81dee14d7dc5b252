package org.microblog.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.microblog.testsupport.WebTests;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;

class EditProfileControllerTests extends WebTests {

    @Autowired
    UserService users;

    @Test
    void showsTheFormFilledWithTheCurrentProfile() throws Exception {
        User john = members.john();
        users.updateProfile(john.getId(), "john", "I like <tags>");

        mvc.perform(get("/edit_profile").with(as(john)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"username\"")))
                .andExpect(content().string(containsString("value=\"john\"")))
                .andExpect(content().string(containsString(">I like &lt;tags&gt;</textarea>")));
    }

    @Test
    void savesTheChangesAndSaysSo() throws Exception {
        User john = members.john();

        mvc.perform(post("/edit_profile").with(csrf()).with(as(john)).param("username", " johnny ")
                        .param("about_me", "Hello there"))
                .andExpect(redirectedUrl("/edit_profile"))
                .andExpect(flashed("Your changes have been saved."));

        User saved = users.getById(john.getId());
        assertThat(saved.getUsername()).isEqualTo("johnny");
        assertThat(saved.getAboutMe()).isEqualTo("Hello there");
    }

    @Test
    void refusesAUsernameSomeoneElseHasInAnyCase() throws Exception {
        User john = members.john();
        members.susan();

        mvc.perform(post("/edit_profile").with(csrf()).with(as(john)).param("username", "SUSAN").param("about_me", "hi"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Please use a different username.")))
                .andExpect(content().string(containsString("value=\"SUSAN\"")));

        assertThat(users.getById(john.getId()).getUsername()).isEqualTo("john");
    }

    @Test
    void letsAMemberChangeTheCaseOfTheirOwnName() throws Exception {
        User john = members.john();

        mvc.perform(post("/edit_profile").with(csrf()).with(as(john)).param("username", "John").param("about_me", ""))
                .andExpect(redirectedUrl("/edit_profile"));

        assertThat(users.getById(john.getId()).getUsername()).isEqualTo("John");
    }

    @Test
    void refusesTooLongFields() throws Exception {
        User john = members.john();

        mvc.perform(post("/edit_profile").with(csrf()).with(as(john)).param("username", "j".repeat(65))
                        .param("about_me", "a".repeat(141)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("This field must be at most 64 characters long.")))
                .andExpect(content().string(containsString("This field must be at most 140 characters long.")))
                .andExpect(content().string(containsString("id=\"about_me-errors\"")));

        assertThat(users.getById(john.getId()).getUsername()).isEqualTo("john");
    }

    @Test
    void refusesAnEmptyUsername() throws Exception {
        User john = members.john();

        mvc.perform(post("/edit_profile").with(csrf()).with(as(john)).param("username", "  ").param("about_me", "x"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("This field is required.")));
        mvc.perform(post("/edit_profile").with(csrf()).with(as(john)).param("about_me", "x"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("This field is required.")));
    }

    @Test
    void refusesChangesWithoutCsrfToken() throws Exception {
        User john = members.john();

        mvc.perform(post("/edit_profile").with(as(john)).param("username", "johnny")).andExpect(status().isForbidden());

        assertThat(users.getById(john.getId()).getUsername()).isEqualTo("john");
    }

    @Test
    void keepsTheMemberSignedInUnderTheNewName() throws Exception {
        members.john();
        MvcResult login = signIn("john", false);
        MockHttpSession session = (MockHttpSession) login.getRequest().getSession();

        mvc.perform(post("/edit_profile").with(csrf()).session(session).param("username", "johnny").param("about_me", ""))
                .andExpect(redirectedUrl("/edit_profile"));

        mvc.perform(get("/edit_profile").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/user/johnny\"")));
    }

    @Test
    void rememberedBrowsersStaySignedInAfterARename() throws Exception {
        User john = members.john();
        MvcResult login = signIn("john", true);
        Cookie rememberMe = login.getResponse().getCookie("remember-me");
        assertThat(rememberMe).isNotNull();

        mvc.perform(post("/edit_profile").with(csrf()).session((MockHttpSession) login.getRequest().getSession())
                .param("username", "johnny").param("about_me", "")).andExpect(redirectedUrl("/edit_profile"));

        assertThat(jdbc.queryForList("SELECT username FROM persistent_logins", String.class)).containsExactly("johnny");
        mvc.perform(get("/edit_profile").cookie(rememberMe))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"johnny\"")));
        assertThat(users.getById(john.getId()).getUsername()).isEqualTo("johnny");
    }

    @Test
    void sendsVisitorsToSignIn() throws Exception {
        mvc.perform(get("/edit_profile")).andExpect(redirectedUrl("/auth/login?next=%2Fedit_profile"));
    }

    @Test
    void speaksSpanish() throws Exception {
        User john = members.john();

        mvc.perform(get("/edit_profile").with(as(john)).header("Accept-Language", "es"))
                .andExpect(content().string(containsString("Editar perfil")))
                .andExpect(content().string(containsString("Acerca de mí")));
    }

    private MvcResult signIn(String username, boolean remember) throws Exception {
        var request = post("/auth/login").with(csrf()).param("username", username).param("password", "cat");
        if (remember) {
            request.param("remember_me", "y");
        }
        return mvc.perform(request).andExpect(status().is3xxRedirection()).andReturn();
    }
}
