package org.microblog.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.microblog.testsupport.WebTests;
import org.microblog.user.User;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Each rate limit at its default: the request past it gets 429 with Retry-After; the period passed, it is allowed again. */
class RateLimitsTests extends WebTests {

    @org.springframework.beans.factory.annotation.Autowired
    org.microblog.user.ApiTokenService tokens;

    static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    /** {@code Retry-After} of the whole period, give or take the seconds the test took. */
    static org.springframework.test.web.servlet.ResultMatcher retryAfterAbout(int seconds) {
        return result -> assertThat(Integer.parseInt(result.getResponse().getHeader("Retry-After")))
                .isBetween(seconds - 10, seconds);
    }

    private int allowedBeforeRefusal(int tries, ThrowingSupplier request) throws Exception {
        for (int i = 0; i < tries; i++) {
            int status = request.get(i).andReturn().getResponse().getStatus();
            if (status == 429) {
                return i;
            }
        }
        return tries;
    }

    @FunctionalInterface
    interface ThrowingSupplier {
        ResultActions get(int i) throws Exception;
    }

    private MockHttpServletRequestBuilder register(int i) {
        return post("/auth/register").with(csrf()).param("username", "ann" + i).param("email", "ann" + i + "@example.com")
                .param("password", "cat").param("password2", "cat");
    }

    @Test
    void registrationsPerAddress() throws Exception {
        assertThat(allowedBeforeRefusal(20, i -> mvc.perform(register(i).with(from("198.51.100.1")))))
                .isEqualTo(LimitSettings.REGISTRATIONS.capacity()).isEqualTo(10);
        mvc.perform(register(99).with(from("198.51.100.1")))
                .andExpect(status().isTooManyRequests())
                .andExpect(retryAfterAbout(1800));
        // The API's registration counts against the same limit.
        mvc.perform(post("/api/users").with(from("198.51.100.1")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"username\": \"bob\", \"email\": \"bob@example.com\", \"password\": \"cat\"}"))
                .andExpect(status().isTooManyRequests());
        // Another address is not affected, and the period passed, this one may again.
        mvc.perform(register(50).with(from("198.51.100.2"))).andExpect(status().is3xxRedirection());
        clock.advance(Duration.ofMinutes(30));
        mvc.perform(register(51).with(from("198.51.100.1"))).andExpect(status().is3xxRedirection());
    }

    private MockHttpServletRequestBuilder reset(String email) {
        return post("/auth/reset_password_request").with(csrf()).param("email", email);
    }

    @Test
    void resetRequestsPerAddressAndPerEmail() throws Exception {
        mvc.perform(reset("john@example.com").with(from("198.51.100.1"))).andExpect(status().is3xxRedirection());
        mvc.perform(reset("other@example.com").with(from("198.51.100.1")))
                .andExpect(status().isTooManyRequests()).andExpect(retryAfterAbout(60));
        // The same victim from another address: at most one email a minute to one address.
        mvc.perform(reset("JOHN@example.com ").with(from("198.51.100.2")))
                .andExpect(status().isTooManyRequests()).andExpect(header().exists("Retry-After"));
        mvc.perform(reset("other@example.com").with(from("198.51.100.2"))).andExpect(status().is3xxRedirection());
        clock.advance(Duration.ofMinutes(1));
        mvc.perform(reset("john@example.com").with(from("198.51.100.1"))).andExpect(status().is3xxRedirection());
    }

    @Test
    void postsPerMemberAndPerAddress() throws Exception {
        User john = members.john();
        assertThat(allowedBeforeRefusal(40, i -> mvc.perform(post("/index").with(as(john)).with(csrf())
                .param("post", "post " + i)))).isEqualTo(30);
        mvc.perform(post("/api/posts").header("Authorization", "Bearer " + tokens.issue(john.getId()))
                        .contentType(MediaType.APPLICATION_JSON)
                .content("{\"body\": \"one more\"}"))
                .andExpect(status().isTooManyRequests()).andExpect(header().exists("Retry-After"));

        // Per address: 100 from one address, whoever signs them.
        int allowed = 0;
        for (int m = 0; m < 4; m++) {
            User member = members.register("poster" + m);
            allowed += allowedBeforeRefusal(30, i -> mvc.perform(post("/index").with(as(member)).with(csrf())
                    .with(from("198.51.100.9")).param("post", "post " + i)));
        }
        assertThat(allowed).isEqualTo(100);
        clock.advance(Duration.ofMinutes(5));
        mvc.perform(post("/index").with(as(john)).with(csrf()).param("post", "later")).andExpect(status().is3xxRedirection());
    }

    @Test
    void messagesPerMember() throws Exception {
        User john = members.john();
        members.susan();
        assertThat(allowedBeforeRefusal(40, i -> mvc.perform(post("/send_message/susan").with(as(john)).with(csrf())
                .param("message", "hi " + i)))).isEqualTo(30);
        mvc.perform(post("/messages/susan").with(as(john)).with(csrf()).param("message", "again"))
                .andExpect(status().isTooManyRequests());
    }

    @Test
    void followsPerMember() throws Exception {
        User john = members.john();
        User susan = members.susan();
        assertThat(allowedBeforeRefusal(70, i -> mvc.perform(post(i % 2 == 0 ? "/follow/john" : "/unfollow/john")
                .with(as(susan)).with(csrf())))).isEqualTo(60);
        mvc.perform(delete("/api/users/" + john.getId() + "/follow")
                        .header("Authorization", "Bearer " + tokens.issue(susan.getId())))
                .andExpect(status().isTooManyRequests());
    }

    @Test
    void tokensPerMemberAndPerAddress() throws Exception {
        members.john();
        assertThat(allowedBeforeRefusal(20, i -> mvc.perform(post("/api/tokens").with(httpBasic("john", "cat")))))
                .isEqualTo(10);
        // Requests per address, whoever asks: 60.
        int allowed = 0;
        for (int m = 0; m < 7; m++) {
            members.register("client" + m);
            String name = "client" + m;
            allowed += allowedBeforeRefusal(10, i -> mvc.perform(post("/api/tokens").with(from("198.51.100.4"))
                    .with(httpBasic(name, "cat"))));
        }
        assertThat(allowed).isEqualTo(60);
    }
}
