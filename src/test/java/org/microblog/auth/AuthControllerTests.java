package org.microblog.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.microblog.testsupport.WebTests;

class AuthControllerTests extends WebTests {

    @Test
    void registersAMemberAndSendsThemToSignIn() throws Exception {
        mvc.perform(post("/auth/register").with(csrf()).param("username", "susan").param("email", "susan@example.com")
                        .param("password", "cat").param("password2", "cat"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/auth/login"))
                .andExpect(flash().attribute("flashes", java.util.List.of("Congratulations, you are now a registered user!")));

        assertThat(jdbc.queryForObject("SELECT username FROM users", String.class)).isEqualTo("susan");
    }

    @Test
    void showsFieldErrorsForATakenNameAMismatchAndABadEmail() throws Exception {
        members.susan();

        mvc.perform(post("/auth/register").with(csrf()).param("username", "SUSAN").param("email", "not-an-email")
                        .param("password", "cat").param("password2", "dog"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Please use a different username.")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Invalid email address.")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Field must be equal to password.")));
    }

    @Test
    void refusesARegistrationWithoutCsrfToken() throws Exception {
        mvc.perform(post("/auth/register").param("username", "susan").param("email", "susan@example.com")
                        .param("password", "cat").param("password2", "cat"))
                .andExpect(status().isForbidden());

        assertThat(jdbc.queryForObject("SELECT count(*) FROM users", Integer.class)).isZero();
    }

    @Test
    void showsTheSignInPage() throws Exception {
        mvc.perform(get("/auth/login")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("name=\"remember_me\"")));
    }
}
