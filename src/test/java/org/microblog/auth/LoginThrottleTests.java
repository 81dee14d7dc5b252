package org.microblog.auth;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.microblog.limits.LimitSettings;
import org.microblog.testsupport.WebTests;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The sign-in throttle cannot be turned on a member: guesses from elsewhere never lock them out. */
class LoginThrottleTests extends WebTests {

    static final String MEMBER = "127.0.0.1";
    static final String ATTACKER = "203.0.113.9";

    static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    static MockHttpServletRequestBuilder signIn(String username, String password, String address) {
        return post("/auth/login").with(csrf()).with(from(address)).param("username", username).param("password", password);
    }

    @Test
    void wrongPasswordsFromAnotherAddressDoNotLockTheMemberOut() throws Exception {
        members.john();
        for (int i = 0; i < 10; i++) {
            mvc.perform(signIn("john", "wrong" + i, ATTACKER));
        }
        for (int i = 0; i < 10; i++) {
            mvc.perform(post("/api/tokens").with(from(ATTACKER)).with(httpBasic("john", "dog")));
        }
        // The attacker's address waits, the right password included...
        mvc.perform(signIn("john", "cat", ATTACKER)).andExpect(forwardedUrl(LoginThrottleFilter.THROTTLED_PATH))
                .andExpect(unauthenticated());
        mvc.perform(post("/api/tokens").with(from(ATTACKER)).with(httpBasic("john", "cat")))
                .andExpect(status().isTooManyRequests());

        // ... john's does not, by form or API.
        mvc.perform(signIn("john", "cat", MEMBER)).andExpect(redirectedUrl("/index")).andExpect(authenticated());
        mvc.perform(post("/api/tokens").with(from(MEMBER)).with(httpBasic("john", "cat"))).andExpect(status().isOk());
    }

    @Test
    void pastTheAccountCeilingOnlyAddressesThatFailedWaitNeverTheMembersOwn() throws Exception {
        members.john();
        mvc.perform(signIn("john", "cat", MEMBER)).andExpect(authenticated());
        mvc.perform(signIn("john", "typo", MEMBER)).andExpect(redirectedUrl("/auth/login"));
        long ceiling = LimitSettings.SIGN_IN_ACCOUNT.capacity();
        // Many addresses, one guess each: the account's ceiling is reached.
        for (int i = 0; i < ceiling; i++) {
            mvc.perform(signIn("john", "guess" + i, "198.51." + (i / 250) + "." + (i % 250 + 1)))
                    .andExpect(redirectedUrl("/auth/login"));
        }
        // An address that already guessed wrong waits for its second guess...
        mvc.perform(signIn("john", "guess-again", "198.51.0.1")).andExpect(forwardedUrl(LoginThrottleFilter.THROTTLED_PATH));
        // ... the member's own address (it signed in before, even failed once since) does not,
        mvc.perform(signIn("john", "cat", MEMBER)).andExpect(authenticated());
        // nor an address that never failed (the member on another network).
        mvc.perform(signIn("john", "cat", "192.0.2.200")).andExpect(authenticated());
    }

    @Test
    void aSuccessfulSignInGivesItsCountBack() throws Exception {
        members.john();
        // More sign-ins than the per-address failure limit, all right: none counts as a failure.
        for (int i = 0; i < LimitSettings.SIGN_IN_ADDRESS.capacity() + 5; i++) {
            mvc.perform(signIn("john", "cat", MEMBER)).andExpect(authenticated());
        }
    }
}
