package org.microblog.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.microblog.testsupport.WebTests;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Bad input of any kind gets a 4xx, never a 5xx. MockMvc skips Tomcat, so these cover the
 * application's own limits; {@link ServerLimitsTests} covers the server's.
 */
class RequestLimitsTests extends WebTests {

    @Test
    void nulInAFormFieldIsRefusedBeforeAnythingIsWritten() throws Exception {
        mvc.perform(post("/auth/register").with(csrf()).param("username", "jo\u0000hn").param("email", "john@example.com")
                        .param("password", "cat").param("password2", "cat"))
                .andExpect(status().isBadRequest());

        assertThat(jdbc.queryForObject("SELECT count(*) FROM users", Integer.class)).isZero();
    }

    @Test
    void nulInAQueryParameterIsRefused() throws Exception {
        mvc.perform(get(URI.create("/auth/login?next=/index%00"))).andExpect(status().isBadRequest());
    }

    @Test
    void nulInAParameterNameIsRefused() throws Exception {
        mvc.perform(get("/auth/login").param("ne\u0000xt", "/index")).andExpect(status().isBadRequest());
    }

    @Test
    void nulOrAnEncodedSlashInThePathIsRefused() throws Exception {
        mvc.perform(get(URI.create("/auth/log%00in"))).andExpect(status().is4xxClientError());
        mvc.perform(get(URI.create("/auth/..%2Flogin"))).andExpect(status().is4xxClientError());
    }

    @Test
    void invalidUtf8InTheQueryIsReadWithReplacementCharacters() throws Exception {
        MvcResult result = mvc.perform(get(URI.create("/auth/login?next=%FF%FE%C3"))).andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void invalidUtf8InAFormBodyNeverFailsTheServer() throws Exception {
        MvcResult result = mvc.perform(post("/auth/register").with(csrf()).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .content("username=%FF%FEjohn&email=john%C3@example.com&password=cat&password2=cat"
                                .getBytes(StandardCharsets.US_ASCII)))
                .andReturn();

        assertThat(result.getResponse().getStatus()).isBetween(200, 499);
    }

    @Test
    void bodyOverOneMegabyteIs413() throws Exception {
        byte[] body = new byte[(int) RequestLimitsFilter.MAX_BODY_BYTES + 1];
        java.util.Arrays.fill(body, (byte) 'a');

        mvc.perform(post("/auth/register").with(csrf()).contentType(MediaType.APPLICATION_FORM_URLENCODED).content(body))
                .andExpect(status().isPayloadTooLarge());

        assertThat(jdbc.queryForObject("SELECT count(*) FROM users", Integer.class)).isZero();
    }

    @Test
    void bodyUnderTheLimitPasses() throws Exception {
        mvc.perform(post("/auth/register").with(csrf()).param("username", "john").param("email", "john@example.com")
                        .param("password", "cat").param("password2", "cat"))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void absurdlyLongQueryStringIs414() throws Exception {
        mvc.perform(get(URI.create("/auth/login?next=" + "a".repeat(RequestLimitsFilter.MAX_QUERY_LENGTH))))
                .andExpect(status().isUriTooLong());
    }

    @Test
    void tooLongAFieldIsAFormErrorNotAFailure() throws Exception {
        mvc.perform(post("/auth/register").with(csrf()).param("username", "x".repeat(10_000))
                        .param("email", "y".repeat(10_000) + "@example.com").param("password", "cat").param("password2", "cat"))
                .andExpect(status().isOk());
    }
}
