package org.microblog.api;

import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.microblog.user.User;
import org.springframework.http.MediaType;

/** Whatever goes wrong under /api, the answer is the JSON error shape with the right status. */
class ApiErrorTests extends ApiTests {

    @Test
    void anUnknownRouteIsNotFoundAsJsonWithOrWithoutAToken() throws Exception {
        User john = members.john();

        mvc.perform(get("/api/nothing/here"))
                .andExpect(status().isNotFound())
                .andExpect(header().string("Content-Type", startsWith("application/json")))
                .andExpect(content().json("{\"error\": \"Not Found\"}"));
        mvc.perform(get("/api/nothing/here").with(tokenFor(john)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.error").value("Not Found"));
    }

    @Test
    void aWrongMethodIsMethodNotAllowedAsJson() throws Exception {
        mvc.perform(delete("/api/users"))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(header().exists("Allow"))
                .andExpect(jsonPath("$.error").value("Method Not Allowed"));
        mvc.perform(put("/api/tokens")).andExpect(status().isMethodNotAllowed());
    }

    @Test
    void aMissingTokenIsUnauthorizedWithABearerChallenge() throws Exception {
        mvc.perform(get("/api/timeline"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", "Bearer realm=\"Authentication Required\""))
                .andExpect(jsonPath("$.error").value("Unauthorized"));
        mvc.perform(get("/api/timeline").header("Authorization", "Bearer not-a-token"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void malformedJsonIsABadRequest() throws Exception {
        User john = members.john();

        mvc.perform(post("/api/posts").with(tokenFor(john)).contentType(MediaType.APPLICATION_JSON).content("{\"body\": "))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("Bad Request"));
        mvc.perform(post("/api/posts").with(tokenFor(john)).contentType(MediaType.APPLICATION_JSON))
                .andExpect(status().isBadRequest());
    }

    @Test
    void aBodyThatIsNotJsonIsAnUnsupportedMediaType() throws Exception {
        User john = members.john();

        mvc.perform(post("/api/posts").with(tokenFor(john)).contentType(MediaType.TEXT_PLAIN).content("hello"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.error").value("Unsupported Media Type"));
        mvc.perform(post("/api/users").contentType(MediaType.APPLICATION_FORM_URLENCODED).content("username=a"))
                .andExpect(status().isUnsupportedMediaType());
    }

    @Test
    void wrongJsonTypesAreABadRequest() throws Exception {
        User john = members.john();

        mvc.perform(post("/api/posts").with(tokenFor(john)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"body\": [\"x\"]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value("body must be a string"));
        mvc.perform(post("/api/messages").with(tokenFor(john)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"recipient_id\": \"two\", \"body\": \"hi\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value("recipient_id must be a whole number"));
        mvc.perform(post("/api/posts").with(tokenFor(john)).contentType(MediaType.APPLICATION_JSON).content("\"x\""))
                .andExpect(status().isBadRequest());
    }

    @Test
    void aHugeBodyIsTooLarge() throws Exception {
        User john = members.john();
        String huge = "{\"body\": \"" + "x".repeat(ApiErrorFilter.MAX_BODY_BYTES) + "\"}";

        mvc.perform(post("/api/posts").with(tokenFor(john)).contentType(MediaType.APPLICATION_JSON).content(huge))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(jsonPath("$.error").value("Request Entity Too Large"));
    }

    @Test
    void aClientThatAcceptsNoJsonStillGetsJsonErrors() throws Exception {
        mvc.perform(get("/api/users/1").accept(MediaType.TEXT_HTML))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("Content-Type", startsWith("application/json")));
    }

    @Test
    void aBadSinceIsABadRequest() throws Exception {
        User john = members.john();

        mvc.perform(get("/api/notifications?since=soon").with(tokenFor(john)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value("since must be a number of seconds"));
    }
}
