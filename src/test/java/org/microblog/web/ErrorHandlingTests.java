package org.microblog.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.microblog.testsupport.WebTests;
import org.microblog.core.NotFound;
import org.microblog.core.RuleViolation;
import org.microblog.testsupport.Failures;
import org.microblog.user.UserService;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Controller;
import org.springframework.stereotype.Service;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.json.JsonCompareMode;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Exceptions thrown by handlers become pages with the status they stand for, decided by their
 * type (never their name), and a request that fails undoes what it wrote. A test-only
 * controller stands in for the feature pages, {@code api.FailingApiController} for the API, so
 * that the JSON both doorways write for one failure can be compared.
 */
@ExtendWith(OutputCaptureExtension.class)
@ActiveProfiles(ErrorHandlingTests.PROFILE)
@Import({ErrorHandlingTests.FailingController.class, ErrorHandlingTests.FailingRegistrations.class})
class ErrorHandlingTests extends WebTests {

    /** Keeps the test-only beans out of other contexts that scan the test classes (TestApplication's). */
    static final String PROFILE = "error-handling-tests";

    @Test
    void unknownMemberIsANotFoundPage() throws Exception {
        mvc.perform(get("/test/member").with(as(members.john())))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("<h1>Not Found</h1>")));
    }

    @Test
    void brokenRuleIsABadRequestPageSayingWhichRuleInTheViewersLanguage() throws Exception {
        var john = members.john();
        mvc.perform(get("/test/refused").with(as(john)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("<h1>Bad Request</h1>")))
                .andExpect(content().string(containsString("You cannot follow yourself!")));
        mvc.perform(get("/test/refused").with(as(john)).header("Accept-Language", "es"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("¡No te puedes seguir a ti mismo!")));
    }

    @Test
    void illegalArgumentIsOurBugALogged500WhoseMessageNeverReachesTheClient(CapturedOutput log) throws Exception {
        mvc.perform(get("/test/failures/illegal-argument").with(as(members.john())))
                .andExpect(status().isInternalServerError())
                .andExpect(content().string(containsString("<h1>An unexpected error has occurred</h1>")))
                .andExpect(content().string(not(containsString(Failures.SECRET))));

        assertThat(log.getOut() + log.getErr()).containsPattern("ERROR .*GET /test/failures/illegal-argument failed with 500")
                .contains("java.lang.IllegalArgumentException: " + Failures.SECRET);
    }

    @Test
    void fileNotFoundFromAHandlerIsA500NotA404() throws Exception {
        var john = members.john();
        mvc.perform(get("/test/failures/file-not-found").with(as(john)))
                .andExpect(status().isInternalServerError())
                .andExpect(content().string(not(containsString(Failures.SECRET))));
        mvc.perform(get("/api/test/failures/file-not-found"))
                .andExpect(status().isInternalServerError())
                .andExpect(content().json("{\"error\": \"Internal Server Error\"}", JsonCompareMode.LENIENT))
                .andExpect(jsonPath("$.message").doesNotExist());
    }

    @Test
    void illegalStateIsA500WithoutItsMessageOnBothDoorways() throws Exception {
        var john = members.john();
        for (String accept : new String[] {"text/html", "application/json"}) {
            mvc.perform(get("/test/failures/illegal-state").with(as(john)).header("Accept", accept))
                    .andExpect(status().isInternalServerError())
                    .andExpect(content().string(not(containsString(Failures.SECRET))));
        }
        mvc.perform(get("/api/test/failures/illegal-state"))
                .andExpect(status().isInternalServerError())
                .andExpect(content().string(not(containsString(Failures.SECRET))))
                .andExpect(content().json("{\"error\": \"Internal Server Error\"}", JsonCompareMode.LENIENT))
                .andExpect(jsonPath("$.message").doesNotExist());
        mvc.perform(get("/api/test/failures/illegal-argument"))
                .andExpect(status().isInternalServerError())
                .andExpect(content().string(not(containsString(Failures.SECRET))));
    }

    @Test
    void notFoundAndBrokenRuleReadTheSameThroughBothDoorways() throws Exception {
        var john = members.john();
        String notFound = "{\"error\": \"Not Found\"}";
        String rule = "{\"error\": \"Bad Request\", \"message\": \"please use a different username\"}";

        mvc.perform(get("/test/failures/not-found").with(as(john)).header("Accept", "application/json"))
                .andExpect(status().isNotFound())
                .andExpect(content().json(notFound, JsonCompareMode.STRICT));
        mvc.perform(get("/api/test/failures/not-found"))
                .andExpect(status().isNotFound())
                .andExpect(content().json(notFound, JsonCompareMode.STRICT));
        mvc.perform(get("/test/failures/rule").with(as(john)).header("Accept", "application/json"))
                .andExpect(status().isBadRequest())
                .andExpect(content().json(rule, JsonCompareMode.STRICT));
        mvc.perform(get("/api/test/failures/rule"))
                .andExpect(status().isBadRequest())
                .andExpect(content().json(rule, JsonCompareMode.STRICT));
    }

    @Test
    void wrongParameterTypeIsABadRequestPage() throws Exception {
        var john = members.john();
        mvc.perform(get("/test/page").param("page", "abc").with(as(john)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("<h1>Bad Request</h1>")));
        mvc.perform(get("/test/page").param("page", "2").with(as(john)))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void missingParameterIsABadRequest() throws Exception {
        mvc.perform(get("/test/page").with(as(members.john()))).andExpect(status().isBadRequest());
    }

    @Test
    void unexpectedFailureShowsThe500PageAndLogsTheStackTrace(CapturedOutput log) throws Exception {
        mvc.perform(get("/test/bug").with(as(members.john())))
                .andExpect(status().isInternalServerError())
                .andExpect(content().string(containsString("<h1>An unexpected error has occurred</h1>")))
                .andExpect(content().string(containsString(
                        "The administrator has been notified. Sorry for the inconvenience!")))
                .andExpect(content().string(not(containsString("IllegalStateException"))))
                .andExpect(content().string(not(containsString("a bug in the test controller"))))
                .andExpect(content().string(not(containsString("at org.microblog"))));

        assertThat(log.getOut() + log.getErr())
                .contains("GET /test/bug failed with 500")
                .contains("java.lang.IllegalStateException: a bug in the test controller")
                .contains("at org.microblog.web.ErrorHandlingTests$FailingController.bug");
    }

    @Test
    void unexpectedFailureAnswersJsonWhenJsonIsPreferred() throws Exception {
        mvc.perform(get("/test/bug").with(as(members.john())).header("Accept", "application/json"))
                .andExpect(status().isInternalServerError())
                .andExpect(jsonPath("$.error").value("Internal Server Error"))
                .andExpect(jsonPath("$.message").doesNotExist());
    }

    @Test
    void failedRequestLeavesNoHalfWrittenChange() throws Exception {
        mvc.perform(post("/test/register-then-fail").with(csrf()).with(as(members.john())))
                .andExpect(status().isInternalServerError())
                .andExpect(content().string(containsString("An unexpected error has occurred")));

        assertThat(jdbc.queryForList("SELECT username FROM users", String.class)).containsExactly("john");
    }

    @Test
    void refusedRequestLeavesNoHalfWrittenChangeEither() throws Exception {
        mvc.perform(post("/test/register-then-refuse").with(csrf()).with(as(members.john())))
                .andExpect(status().isBadRequest());

        assertThat(jdbc.queryForList("SELECT username FROM users", String.class)).containsExactly("john");
    }

    @Controller
    @Profile(PROFILE)
    static class FailingController {

        private final FailingRegistrations registrations;

        FailingController(FailingRegistrations registrations) {
            this.registrations = registrations;
        }

        @GetMapping("/test/member")
        String member() {
            throw NotFound.of("user", "nobody");
        }

        @GetMapping("/test/refused")
        String refused() {
            throw RuleViolation.of("follow.self", "You cannot follow yourself!");
        }

        @GetMapping("/test/failures/{kind}")
        String fail(@PathVariable String kind) throws Exception {
            throw Failures.named(kind);
        }

        @GetMapping("/test/page")
        String page(@RequestParam int page) {
            return "redirect:/auth/login";
        }

        @GetMapping("/test/bug")
        String bug() {
            throw new IllegalStateException("a bug in the test controller");
        }

        @PostMapping("/test/register-then-fail")
        String registerThenFail() {
            registrations.registerThen(new IllegalStateException("failure after the write"));
            return "redirect:/auth/login";
        }

        @PostMapping("/test/register-then-refuse")
        String registerThenRefuse() {
            registrations.registerThen(RuleViolation.of("follow.self", "refused after the write"));
            return "redirect:/auth/login";
        }
    }

    /** One transaction that writes a member, then fails. */
    @Service
    @Profile(PROFILE)
    static class FailingRegistrations {

        private final UserService users;

        FailingRegistrations(UserService users) {
            this.users = users;
        }

        @Transactional
        public void registerThen(RuntimeException failure) {
            users.register("ghost", "ghost@example.com", "cat");
            throw failure;
        }
    }
}
