package org.microblog.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.microblog.testsupport.WebTests;
import org.springframework.test.web.servlet.MvcResult;

class AuthControllerTests extends WebTests {

    @Test
    void registersAMemberAndSendsThemToSignIn() throws Exception {
        mvc.perform(post("/auth/register").with(csrf()).param("username", "susan").param("email", "susan@example.com")
                        .param("password", "cat").param("password2", "cat"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/auth/login"))
                .andExpect(flashed("Congratulations, you are now a registered user!"));

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

    @Test
    void membersWhoAreSignedInCannotRegisterAgain() throws Exception {
        var john = members.john();

        mvc.perform(get("/auth/register").with(as(john))).andExpect(redirectedUrl("/index"));
        mvc.perform(post("/auth/register").with(csrf()).with(as(john)).param("username", "other")
                        .param("email", "other@example.com").param("password", "cat").param("password2", "cat"))
                .andExpect(redirectedUrl("/index"));

        assertThat(jdbc.queryForObject("SELECT count(*) FROM users", Integer.class)).isOne();
    }

    @RepeatedTest(3)
    void twoRegistrationsOfOneNameInDifferentCaseGiveOneAccountAndOneFormError() throws Exception {
        var start = new CyclicBarrier(2);
        Callable<MvcResult> ann = () -> register(start, "Ann", "ann1@example.com");
        Callable<MvcResult> ann2 = () -> register(start, "ann", "ann2@example.com");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<MvcResult> results = new ArrayList<>();
            for (Future<MvcResult> future : pool.invokeAll(List.of(ann, ann2))) {
                results.add(future.get(30, TimeUnit.SECONDS));
            }
            assertThat(results).extracting(r -> r.getResponse().getStatus()).containsExactlyInAnyOrder(302, 200);
            MvcResult refused = results.stream().filter(r -> r.getResponse().getStatus() == 200).findFirst().orElseThrow();
            assertThat(refused.getResponse().getContentAsString()).contains("Please use a different username.");
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.queryForObject("SELECT count(*) FROM users", Integer.class)).isOne();
    }

    private MvcResult register(CyclicBarrier start, String username, String email) throws Exception {
        start.await(10, TimeUnit.SECONDS);
        return mvc.perform(post("/auth/register").with(csrf()).param("username", username).param("email", email)
                .param("password", "cat").param("password2", "cat")).andReturn();
    }
}
