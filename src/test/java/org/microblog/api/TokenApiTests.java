package org.microblog.api;

import org.microblog.auth.LoginThrottle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.microblog.user.User;
import org.springframework.http.MediaType;
import org.springframework.test.json.JsonCompareMode;
import tools.jackson.databind.json.JsonMapper;

/** Tokens: issued for HTTP Basic, revoked, expired; never mixed with the pages' session sign-in. */
class TokenApiTests extends ApiTests {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void aUsernameAndPasswordGetAToken() throws Exception {
        members.john();

        mvc.perform(post("/api/tokens").with(httpBasic("john", "cat")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$.token", matchesPattern("[0-9a-f]{32}")));
    }

    @Test
    void aWrongPasswordOrNoneIsUnauthorizedWithABasicChallenge() throws Exception {
        members.john();

        mvc.perform(post("/api/tokens").with(httpBasic("john", "dog")))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", "Basic realm=\"Authentication Required\""))
                .andExpect(content().json("{\"error\": \"Unauthorized\"}", JsonCompareMode.STRICT));
        mvc.perform(post("/api/tokens"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", "Basic realm=\"Authentication Required\""));
        mvc.perform(post("/api/tokens").header("Authorization", "Basic %%%"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void repeatedWrongPasswordsAreThrottled() throws Exception {
        members.john();
        for (int i = 0; i < LoginThrottle.MAX_ACCOUNT_FAILURES; i++) {
            mvc.perform(post("/api/tokens").with(httpBasic("john", "dog"))).andExpect(status().isUnauthorized());
        }

        mvc.perform(post("/api/tokens").with(httpBasic("john", "cat")))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"))
                .andExpect(jsonPath("$.error").value("Too Many Requests"));
    }

    @Test
    void aTokenOpensTheApiAndRevokingItClosesIt() throws Exception {
        User john = members.john();
        String token = tokenOf(john);

        mvc.perform(get("/api/users/" + john.getId()).with(bearer(token))).andExpect(status().isOk());
        mvc.perform(delete("/api/tokens").with(bearer(token)))
                .andExpect(status().isNoContent())
                .andExpect(content().string(""));
        mvc.perform(get("/api/users/" + john.getId()).with(bearer(token)))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", "Bearer realm=\"Authentication Required\""))
                .andExpect(jsonPath("$.error").value("Unauthorized"));
    }

    @Test
    void anExpiredTokenIsUnauthorized() throws Exception {
        User john = members.john();
        String token = tokenOf(john);
        clock.set(clock.instant().plus(Duration.ofHours(1)).plusSeconds(1));

        mvc.perform(get("/api/users/" + john.getId()).with(bearer(token))).andExpect(status().isUnauthorized());
    }

    @Test
    void aNewTokenReplacesTheOldOne() throws Exception {
        User john = members.john();
        String first = tokenOf(john);
        String body = mvc.perform(post("/api/tokens").with(httpBasic("john", "cat")))
                .andReturn().getResponse().getContentAsString();
        String second = json.readTree(body).get("token").stringValue();

        mvc.perform(get("/api/users/" + john.getId()).with(bearer(first))).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/users/" + john.getId()).with(bearer(second))).andExpect(status().isOk());
    }

    @Test
    void theApiNeedsNoCsrfToken() throws Exception {
        User john = members.john();

        mvc.perform(post("/api/posts").with(tokenFor(john)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"body\": \"no csrf here\"}")).andExpect(status().isCreated());
    }

    @Test
    void pagesIgnoreBearerTokens() throws Exception {
        User john = members.john();

        mvc.perform(get("/index").with(tokenFor(john)))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", matchesPattern(".*/auth/login.*")));
    }

    @Test
    void theApiCreatesNoSession() throws Exception {
        User john = members.john();

        var result = mvc.perform(get("/api/users/" + john.getId()).with(tokenFor(john))).andReturn();

        assertThat(result.getRequest().getSession(false)).isNull();
        assertThat(result.getResponse().getCookies()).isEmpty();
    }
}
