package org.microblog.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.RequestDispatcher;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.junit.jupiter.api.Test;
import org.microblog.testsupport.WebTests;
import org.springframework.http.MediaType;

/** Every error status answers with a page in the site's layout, or with JSON when that is preferred. */
class ErrorPagesTests extends WebTests {

    private static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    @Test
    void unknownPathShowsTheNotFoundPageInTheLayoutToAMember() throws Exception {
        mvc.perform(get("/no/such/page").with(as(members.john())).header("Accept", BROWSER_ACCEPT))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andExpect(content().string(containsString("<title>Not Found - Microblog</title>")))
                .andExpect(content().string(containsString("<h1>Not Found</h1>")))
                .andExpect(content().string(containsString("<a href=\"/index\">Back</a>")))
                .andExpect(content().string(containsString("href=\"/user/john\"")))
                .andExpect(content().string(containsString("name=\"csrf-token\"")));
    }

    @Test
    void unknownPathIsANotFoundPageForAVisitorToo() throws Exception {
        // As in the original: no sign-in page first (see auth.UnknownPathTests).
        mvc.perform(get("/no/such/page")).andExpect(status().isNotFound())
                .andExpect(content().string(containsString("<h1>Not Found</h1>")));
    }

    @Test
    void unknownPathUnderAuthIsANotFoundPageForAVisitor() throws Exception {
        mvc.perform(get("/auth/nothing-here"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("<h1>Not Found</h1>")))
                .andExpect(content().string(containsString("href=\"/auth/login\"")));
    }

    @Test
    void notFoundPageIsInTheViewersLanguage() throws Exception {
        mvc.perform(get("/auth/nothing-here").header("Accept-Language", "es"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("<h1>No encontrado</h1>")))
                .andExpect(content().string(containsString(">Volver</a>")));
    }

    @Test
    void requestPreferringJsonGetsTheApiErrorShape() throws Exception {
        // As the API's 404 (and the original's): the reason phrase, nothing more.
        mvc.perform(get("/auth/nothing-here").header("Accept", "application/json, text/html;q=0.5"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(content().json("{\"error\": \"Not Found\"}", org.springframework.test.json.JsonCompareMode.STRICT));
    }

    @Test
    void browserAcceptingAnythingLastGetsHtml() throws Exception {
        mvc.perform(get("/auth/nothing-here").header("Accept", "text/html, application/json;q=0.9, */*;q=0.1"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML));
    }

    @Test
    void wrongMethodIs405WithAllowHeaderAndPage() throws Exception {
        mvc.perform(delete("/auth/register").with(csrf()))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(header().string("Allow", containsString("POST")))
                .andExpect(content().string(containsString("<h1>Method Not Allowed</h1>")));
    }

    @Test
    void containerErrorDispatchRendersThePageForItsStatus() throws Exception {
        mvc.perform(get("/error").requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 403)
                        .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/auth/register"))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("<h1>Forbidden</h1>")))
                .andExpect(content().string(containsString("reload the page and try again")));
        mvc.perform(get("/error").requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 413))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(content().string(containsString("<h1>Request Too Large</h1>")));
        mvc.perform(get("/error").requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 400).header("Accept", "application/json"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("Bad Request"));
    }

    @Test
    void exceptionEscapingMvcIsAnsweredWithItsOwnStatusNotTomcats500() throws Exception {
        mvc.perform(get("/error").requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 500)
                        .requestAttr(RequestDispatcher.ERROR_EXCEPTION, new InvalidParameterException("too big", 413)))
                .andExpect(status().isPayloadTooLarge());
        mvc.perform(get("/error").requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 500)
                        .requestAttr(RequestDispatcher.ERROR_EXCEPTION, new IllegalStateException("a bug")))
                .andExpect(status().isInternalServerError())
                .andExpect(content().string(containsString("An unexpected error has occurred")))
                .andExpect(content().string(not(containsString("a bug"))));
    }

    @Test
    void openingTheErrorPathItselfIsNotFound() throws Exception {
        mvc.perform(get("/error")).andExpect(status().isNotFound())
                .andExpect(content().string(containsString("<h1>Not Found</h1>")));
    }
}
