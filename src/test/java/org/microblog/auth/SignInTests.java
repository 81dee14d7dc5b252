package org.microblog.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.time.Instant;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.microblog.testsupport.WebTests;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

class SignInTests extends WebTests {

    /** Werkzeug's scrypt hash of "cat", as the original stored it. */
    static final String WERKZEUG_CAT = "scrypt:32768:8:1$dmwRlJ6GQHMdKrrG$49f90fad387200ef759c3c08a0f6d378bd2fb6aefd1a09c90a7eb39ff4e3723d"
            + "4ceede194f45ed4e53df72281dc73bf58d08ed9d3eb2b078328a3e134dde9051";

    @Autowired
    LoginThrottleReset throttle;

    @BeforeEach
    @AfterEach
    void forgiveFailedSignIns() {
        throttle.reset();
    }

    static MockHttpServletRequestBuilder signIn(String username, String password) {
        return post("/auth/login").with(csrf()).param("username", username).param("password", password);
    }

    @Test
    void signsInWithTheRightPasswordAndGoesHome() throws Exception {
        members.john();

        mvc.perform(signIn("john", "cat")).andExpect(redirectedUrl("/index")).andExpect(authenticated().withUsername("john"));
    }

    @Test
    void aWrongPasswordLeadsBackToTheSignInPageWithAMessage() throws Exception {
        members.john();

        MvcResult result = mvc.perform(signIn("john", "dog"))
                .andExpect(redirectedUrl("/auth/login"))
                .andExpect(unauthenticated())
                .andReturn();

        mvc.perform(get("/auth/login").session((MockHttpSession) result.getRequest().getSession()))
                .andExpect(content().string(Matchers.containsString("Invalid username or password")));
    }

    @Test
    void followsALocalNextPath() throws Exception {
        members.john();

        mvc.perform(signIn("john", "cat").param("next", "/user/x")).andExpect(redirectedUrl("/user/x"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://evil.example", "//evil.example", "/\\evil", "/\\/evil.example", "javascript:alert(1)"})
    void ignoresANextThatLeavesTheSite(String next) throws Exception {
        members.john();

        mvc.perform(signIn("john", "cat").param("next", next)).andExpect(redirectedUrl("/index"));
    }

    @Test
    void rememberMeSetsACookieAndStoresAToken() throws Exception {
        members.john();

        mvc.perform(signIn("john", "cat").param("remember_me", "y"))
                .andExpect(redirectedUrl("/index"))
                .andExpect(cookie().exists("remember-me"))
                .andExpect(cookie().maxAge("remember-me", Matchers.greaterThan(0)))
                .andExpect(cookie().httpOnly("remember-me", true));

        assertThat(jdbc.queryForList("SELECT username FROM persistent_logins", String.class)).containsExactly("john");
    }

    @Test
    void theRememberMeCookieSignsInANewSession() throws Exception {
        members.john();
        Cookie remembered = mvc.perform(signIn("john", "cat").param("remember_me", "y")).andReturn()
                .getResponse().getCookie("remember-me");

        mvc.perform(get("/index").cookie(remembered)).andExpect(authenticated().withUsername("john"));
    }

    @Test
    void withoutRememberMeNoTokenIsStored() throws Exception {
        members.john();

        mvc.perform(signIn("john", "cat")).andExpect(cookie().doesNotExist("remember-me"));

        assertThat(jdbc.queryForObject("SELECT count(*) FROM persistent_logins", Integer.class)).isZero();
    }

    @Test
    void signingInChangesTheSessionId() throws Exception {
        members.john();
        var session = new MockHttpSession();
        String before = session.getId();

        // As a browser does: the request names the session it has (without it nothing is fixed).
        MvcResult result = mvc.perform(signIn("john", "cat").session(session).with(request -> {
            request.setRequestedSessionId(before);
            return request;
        })).andExpect(authenticated()).andReturn();

        assertThat(result.getRequest().getSession(false)).isNotNull();
        assertThat(result.getRequest().getSession(false).getId()).isNotEqualTo(before);
    }

    @Test
    void aMemberWithTheOriginalsWerkzeugHashSignsInAndGetsABcryptHash() throws Exception {
        members.john();
        jdbc.update("UPDATE users SET password_hash = ? WHERE username = 'john'", WERKZEUG_CAT);

        mvc.perform(signIn("john", "cat")).andExpect(redirectedUrl("/index")).andExpect(authenticated());

        assertThat(jdbc.queryForObject("SELECT password_hash FROM users WHERE username = 'john'", String.class))
                .startsWith("{bcrypt}");
        mvc.perform(signIn("john", "cat")).andExpect(authenticated());
    }

    @Test
    void fiveFailuresLockTheAccountForFiveMinutesEvenForTheRightPassword() throws Exception {
        members.john();
        clock.set(Instant.parse("2030-01-01T12:00:00Z"));
        for (int i = 0; i < 5; i++) {
            mvc.perform(signIn("John", "wrong" + i)).andExpect(redirectedUrl("/auth/login"));
        }

        throttled(mvc.perform(signIn("john", "cat")).andExpect(unauthenticated()))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", "301"))
                .andExpect(unauthenticated())
                .andExpect(content().string(Matchers.containsString(
                        "Too many failed sign-in attempts. Try again in 5 minutes.")));

        clock.advance(Duration.ofMinutes(6));
        mvc.perform(signIn("john", "cat")).andExpect(redirectedUrl("/index")).andExpect(authenticated());
    }

    @Test
    void aThrottledAttemptGetsTheSignInPageInTheLayoutSayingHowLongToWait() throws Exception {
        members.john();
        clock.set(Instant.parse("2030-01-01T12:00:00Z"));
        for (int i = 0; i < 5; i++) {
            mvc.perform(signIn("john", "wrong" + i));
        }
        clock.advance(Duration.ofSeconds(250));

        throttled(mvc.perform(signIn("john", "cat").param("next", "/explore")))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", "51"))
                .andExpect(content().contentTypeCompatibleWith("text/html"))
                .andExpect(content().string(Matchers.containsString("<a class=\"navbar-brand\" href=\"/index\">Microblog</a>")))
                .andExpect(content().string(Matchers.containsString("<h1>Sign In</h1>")))
                .andExpect(content().string(Matchers.containsString("Try again in 1 minute.")))
                .andExpect(content().string(Matchers.matchesRegex("(?s).*name=\"username\"\\s+value=\"john\".*")))
                .andExpect(content().string(Matchers.containsString("name=\"next\" value=\"/explore\"")));

        throttled(mvc.perform(signIn("john", "cat").header("Accept-Language", "es")))
                .andExpect(status().isTooManyRequests())
                .andExpect(content().string(Matchers.containsString("Vuelve a intentarlo en 1 minuto.")));
    }

    /**
     * The refused attempt as the server answers it: MockMvc records the filter's forward to the
     * sign-in page without making it, so it is made here with the same request (the browser
     * tests see the real one).
     */
    private ResultActions throttled(ResultActions refused) throws Exception {
        MvcResult result = refused.andExpect(forwardedUrl(LoginThrottleFilter.THROTTLED_PATH)).andReturn();
        var original = result.getRequest();
        var forward = post(LoginThrottleFilter.THROTTLED_PATH).with(csrf())
                .requestAttr(LoginThrottleFilter.WAIT_ATTRIBUTE, original.getAttribute(LoginThrottleFilter.WAIT_ATTRIBUTE));
        original.getParameterMap().forEach(forward::param);
        var language = original.getHeader("Accept-Language");
        return mvc.perform(language == null ? forward : forward.header("Accept-Language", language));
    }

    @Test
    void theThrottledPageIsNotReachableDirectly() throws Exception {
        mvc.perform(get("/auth/login/throttled")).andExpect(redirectedUrl("/auth/login"));
        mvc.perform(post("/auth/login/throttled").with(csrf())).andExpect(redirectedUrl("/auth/login"));
    }

    @Test
    void theLockOfOneAccountLeavesOthersAlone() throws Exception {
        members.john();
        members.susan();
        for (int i = 0; i < 5; i++) {
            mvc.perform(signIn("john", "wrong"));
        }

        mvc.perform(signIn("susan", "cat")).andExpect(authenticated());
    }

    @Test
    void signsOutByPost() throws Exception {
        MockHttpSession session = signedInSession();

        mvc.perform(post("/auth/logout").with(csrf()).session(session)).andExpect(redirectedUrl("/auth/login"));

        mvc.perform(get("/index").session(session)).andExpect(unauthenticated())
                .andExpect(redirectedUrl("/auth/login?next=%2Findex"));
    }

    @Test
    void signingOutLandsOnTheSignInPageSayingSoRatherThanAskingToSignIn() throws Exception {
        MockHttpSession session = signedInSession();

        MvcResult out = mvc.perform(post("/auth/logout").with(csrf()).session(session))
                .andExpect(redirectedUrl("/auth/login")).andReturn();

        mvc.perform(get("/auth/login").session((MockHttpSession) out.getRequest().getSession()))
                .andExpect(unauthenticated())
                .andExpect(content().string(Matchers.containsString("You have been signed out.")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("Please log in"))));
    }

    @Test
    void signsOutByPostOnlyAGetShowsTheButton() throws Exception {
        MockHttpSession session = signedInSession();

        // Any site could make a browser GET this: it asks, and the member stays signed in.
        mvc.perform(get("/auth/logout").session(session))
                .andExpect(status().isOk())
                .andExpect(authenticated().withUsername("john"))
                .andExpect(content().string(Matchers.containsString("Do you want to sign out?")))
                .andExpect(content().string(Matchers.matchesRegex(
                        "(?s).*<form method=\"post\" action=\"/auth/logout\">\\s*<input type=\"hidden\" name=\"_csrf\".*")));
        mvc.perform(get("/index").session(session)).andExpect(status().isOk()).andExpect(authenticated());

        mvc.perform(post("/auth/logout").session(session)).andExpect(status().isForbidden());
        mvc.perform(get("/index").session(session)).andExpect(authenticated());
        mvc.perform(post("/auth/logout").with(csrf()).session(session)).andExpect(redirectedUrl("/auth/login"));
        mvc.perform(get("/index").session(session)).andExpect(unauthenticated());
    }

    @Test
    void signedInMembersVisitingTheSignInPageGoHome() throws Exception {
        mvc.perform(get("/auth/login").with(as(members.john()))).andExpect(redirectedUrl("/index"));
    }

    private MockHttpSession signedInSession() throws Exception {
        members.john();
        MvcResult result = mvc.perform(signIn("john", "cat")).andExpect(authenticated()).andReturn();
        return (MockHttpSession) result.getRequest().getSession(false);
    }
}
