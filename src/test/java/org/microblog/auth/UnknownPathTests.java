package org.microblog.auth;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.microblog.testsupport.WebTests;

/** An unknown path is the same 404 page for everyone, as in the original; members' pages still ask visitors to sign in. */
class UnknownPathTests extends WebTests {

    @Test
    void anUnknownPathIsANotFoundPageInTheLayoutForVisitors() throws Exception {
        mvc.perform(get("/no-such-page"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("<h1>Not Found</h1>")))
                .andExpect(content().string(containsString("href=\"/auth/login\"")));
    }

    @Test
    void anUnknownPathIsTheSameNotFoundPageForMembers() throws Exception {
        mvc.perform(get("/no-such-page").with(as(members.john())))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("<h1>Not Found</h1>")));
    }

    @Test
    void membersPagesStillSendVisitorsToSignIn() throws Exception {
        members.john();
        mvc.perform(get("/index")).andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", startsWith("/auth/login?next=")));
        mvc.perform(get("/user/john")).andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", startsWith("/auth/login")));
        // A page that exists, asked the wrong way, is still a member's page: no 405 tells visitors it is there.
        mvc.perform(delete("/index").with(csrf())).andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", startsWith("/auth/login")));
    }

    @Test
    void theHealthCheckIsOpenToAnyoneAndTheRestOfTheActuatorIsNotThere() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk())
                .andExpect(content().string(containsString("\"status\":\"UP\"")));
        mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk());
        var john = members.john();
        for (String path : new String[] {"/actuator", "/actuator/env", "/actuator/beans", "/actuator/health/database"}) {
            mvc.perform(get(path)).andExpect(status().isNotFound());
            mvc.perform(get(path).with(as(john))).andExpect(status().isNotFound());
        }
    }
}
