package org.microblog.translate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.microblog.post.PostService;
import org.microblog.testsupport.WebTests;
import org.microblog.user.User;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/** The site as it starts without a translation service: no link, and /translate says so. */
class TranslateWithoutServiceTests extends WebTests {

    @Autowired
    PostService posts;

    @Test
    void noPostHasATranslateLinkAndThePageLoadsNoTranslateModule() throws Exception {
        User john = members.john();
        User susan = members.susan();
        var post = posts.publish(susan.getId(), TranslateEndpointTests.SPANISH, null);
        assertThat(post.language()).isEqualTo("es");

        String html = mvc.perform(get("/explore").with(as(john)).header("Accept-Language", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("vamos a la playa")
                .doesNotContain("post-translate").doesNotContain("translate.js");
    }

    @Test
    void translateAnswers404WithAClearMessage() throws Exception {
        mvc.perform(post("/translate").with(as(members.john())).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .accept(MediaType.APPLICATION_JSON)
                        .content("{\"text\":\"Hola\",\"source_language\":\"es\",\"dest_language\":\"en\"}"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.error").value("Not Found"))
                .andExpect(jsonPath("$.message").value("Translation is not set up on this site."));
    }
}
