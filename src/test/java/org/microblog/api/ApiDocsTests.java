package org.microblog.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The OpenAPI description and the Swagger UI page, served by the site itself without a token. */
class ApiDocsTests extends ApiTests {

    @Test
    void theDescriptionListsEveryEndpointWithItsErrors() throws Exception {
        String body = mvc.perform(get("/api/openapi")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        JsonNode paths = JsonMapper.builder().build().readTree(body).get("paths");
        List<String> operations = new ArrayList<>();
        paths.properties().forEach(path -> path.getValue().properties()
                .forEach(op -> operations.add(op.getKey().toUpperCase() + " " + path.getKey())));

        assertThat(operations).contains("POST /api/tokens", "DELETE /api/tokens", "GET /api/users", "POST /api/users",
                "GET /api/users/{id}", "PUT /api/users/{id}", "GET /api/users/{id}/followers",
                "GET /api/users/{id}/following", "GET /api/users/{id}/posts", "POST /api/users/{id}/follow",
                "DELETE /api/users/{id}/follow", "GET /api/users/{id}/messages", "POST /api/posts", "GET /api/posts",
                "GET /api/posts/{id}", "GET /api/timeline", "POST /api/messages", "GET /api/messages/{id}",
                "GET /api/messages/received", "GET /api/messages/sent", "GET /api/notifications", "GET /api/notices",
                "POST /api/notices/read", "GET /api/tags/{tag}");
        JsonNode put = paths.get("/api/users/{id}").get("put").get("responses");
        assertThat(put.has("403")).isTrue();
        assertThat(put.has("401")).isTrue();
        assertThat(put.get("400").toString()).contains("ErrorBody");
    }

    @Test
    void theDocsPageIsServedFromTheSiteUnderARelaxedStylePolicyOnly() throws Exception {
        mvc.perform(get("/api/docs")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/swagger-ui/index.html"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Security-Policy", containsString("script-src 'self';")))
                .andExpect(header().string("Content-Security-Policy", containsString("style-src 'self' 'unsafe-inline'")));
        mvc.perform(get("/api/swagger-ui/swagger-ui-bundle.js")).andExpect(status().isOk());
        mvc.perform(get("/api/users"))
                .andExpect(header().string("Content-Security-Policy", not(containsString("unsafe-inline"))));
        mvc.perform(get("/index"))
                .andExpect(header().string("Content-Security-Policy", not(containsString("unsafe-inline"))));
    }
}
