package org.microblog.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.microblog.testsupport.WebTests;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * Every server error logs one ERROR line with the request's id, and the visitor sees the same
 * id (the 500 page, the JSON error's {@code request_id}); a client that went away is no error.
 * Shares {@link ErrorHandlingTests}' context and failing handlers.
 */
@ExtendWith(OutputCaptureExtension.class)
@ActiveProfiles(ErrorHandlingTests.PROFILE)
@Import({ErrorHandlingTests.FailingController.class, ErrorHandlingTests.FailingRegistrations.class})
class RequestIdTests extends WebTests {

    private static final Pattern SHOWN = Pattern.compile("request ([0-9a-f]{12})");
    private static final Pattern IN_JSON = Pattern.compile("\"request_id\":\"([0-9a-f]{12})\"");

    @Test
    void theFiveHundredPageShowsTheRequestIdTheOneErrorLineHas(CapturedOutput log) throws Exception {
        var john = members.john();
        int before = log.getOut().length();
        String page = mvc.perform(get("/test/failures/illegal-state").with(as(john)))
                .andExpect(status().isInternalServerError()).andReturn().getResponse().getContentAsString();

        String logged = log.getOut().substring(before);
        Matcher shown = SHOWN.matcher(page);
        assertThat(shown.find()).as(page).isTrue();
        assertThat(logged).containsPattern("ERROR .*GET /test/failures/illegal-state failed with 500 \\(request "
                + shown.group(1) + "\\)");
        assertThat(Pattern.compile(" ERROR ").matcher(logged).results().count()).isEqualTo(1);
    }

    @Test
    void theJsonErrorCarriesTheRequestIdOnBothDoorways(CapturedOutput log) throws Exception {
        var john = members.john();
        for (String path : new String[] {"/test/failures/illegal-state", "/api/test/failures/illegal-state"}) {
            String body = mvc.perform(get(path).with(as(john)).header("Accept", "application/json"))
                    .andExpect(status().isInternalServerError()).andReturn().getResponse().getContentAsString();

            Matcher id = IN_JSON.matcher(body);
            assertThat(id.find()).as(body).isTrue();
            assertThat(log.getOut()).containsPattern("ERROR .*" + path + " failed.*\\(request " + id.group(1) + "\\)");
        }
    }

    @Test
    void eachRequestHasItsOwnId() throws Exception {
        String first = mvc.perform(get("/api/test/failures/illegal-state")).andReturn().getResponse().getContentAsString();
        String second = mvc.perform(get("/api/test/failures/illegal-state")).andReturn().getResponse().getContentAsString();

        assertThat(first.replaceAll(".*\"request_id\":\"", "")).isNotEqualTo(second.replaceAll(".*\"request_id\":\"", ""));
    }

    @Test
    void aClientErrorHasNoRequestIdAndLogsNothingAboveDebug(CapturedOutput log) throws Exception {
        int before = log.getOut().length();
        String body = mvc.perform(get("/api/test/failures/rule")).andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString();

        assertThat(body).doesNotContain("request_id");
        assertThat(log.getOut().substring(before)).doesNotContain(" ERROR ").doesNotContain(" WARN ");
    }

    @Test
    void aClientThatWentAwayIsNoError(CapturedOutput log) throws Exception {
        var john = members.john();
        int before = log.getOut().length();
        mvc.perform(get("/test/failures/client-gone").with(as(john)));
        mvc.perform(get("/api/test/failures/client-gone"));

        assertThat(log.getOut().substring(before)).doesNotContain(" ERROR ").doesNotContain(" WARN ").doesNotContain("Broken pipe");
    }
}
