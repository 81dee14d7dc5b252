package org.microblog.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.microblog.follow.FollowService;
import org.microblog.post.PostService;
import org.microblog.testsupport.SqlStatements;
import org.microblog.user.User;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/** The original's user endpoints: shapes, paging envelope, registration and edits with their errors. */
class UserApiTests extends ApiTests {

    @Autowired
    FollowService follows;

    @Autowired
    PostService posts;

    @Test
    void aUserHasExactlyTheOriginalsKeysAndTypes() throws Exception {
        clock.set(Instant.parse("2024-05-01T10:00:00.123Z"));
        User john = members.john();
        User susan = members.susan();
        follows.follow(susan.getId(), john.getId());
        posts.publish(john.getId(), "hello", null);

        mvc.perform(get("/api/users/" + john.getId()).with(tokenFor(susan)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", startsWith("application/json")))
                .andExpect(jsonPath("$.length()").value(8))
                .andExpect(jsonPath("$.id").value(john.getId()))
                .andExpect(jsonPath("$.username").value("john"))
                .andExpect(jsonPath("$.last_seen").value("2024-05-01T10:00:00.123000+00:00"))
                .andExpect(jsonPath("$.about_me").value(nullValue()))
                .andExpect(jsonPath("$.post_count").value(1))
                .andExpect(jsonPath("$.follower_count").value(1))
                .andExpect(jsonPath("$.following_count").value(0))
                .andExpect(jsonPath("$.email").doesNotExist())
                .andExpect(jsonPath("$._links.length()").value(4))
                .andExpect(jsonPath("$._links.self").value("/api/users/" + john.getId()))
                .andExpect(jsonPath("$._links.followers").value("/api/users/" + john.getId() + "/followers"))
                .andExpect(jsonPath("$._links.following").value("/api/users/" + john.getId() + "/following"))
                .andExpect(jsonPath("$._links.avatar", matchesPattern("http://localhost/avatar/[0-9a-f]{32}\\?s=128")));
    }

    @Test
    void yourOwnRecordIncludesYourEmail() throws Exception {
        User john = members.john();

        mvc.perform(get("/api/users/" + john.getId()).with(tokenFor(john)))
                .andExpect(jsonPath("$.email").value("john@example.com"));
    }

    @Test
    void unknownIdsAreNotFound() throws Exception {
        User john = members.john();

        mvc.perform(get("/api/users/999999").with(tokenFor(john)))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.error").value("Not Found"));
        mvc.perform(get("/api/users/99999999999999999999").with(tokenFor(john))).andExpect(status().isNotFound());
        mvc.perform(get("/api/users/abc").with(tokenFor(john))).andExpect(status().isNotFound());
    }

    @Test
    void usersComePageByPageInTheOriginalsEnvelope() throws Exception {
        User john = members.john();
        for (int i = 0; i < 11; i++) {
            members.register("user" + i);
        }

        mvc.perform(get("/api/users").with(tokenFor(john)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items", hasSize(10)))
                .andExpect(jsonPath("$.items[0].username").value("john"))
                .andExpect(jsonPath("$.items[0].email").value("john@example.com"))
                .andExpect(jsonPath("$.items[1].email").doesNotExist())
                .andExpect(jsonPath("$._meta.page").value(1))
                .andExpect(jsonPath("$._meta.per_page").value(10))
                .andExpect(jsonPath("$._meta.total_pages").value(2))
                .andExpect(jsonPath("$._meta.total_items").value(12))
                .andExpect(jsonPath("$._links.self").value("/api/users?page=1&per_page=10"))
                .andExpect(jsonPath("$._links.next").value("/api/users?page=2&per_page=10"))
                .andExpect(jsonPath("$._links.prev").value(nullValue()));
        mvc.perform(get("/api/users?page=2").with(tokenFor(john)))
                .andExpect(jsonPath("$.items", hasSize(2)))
                .andExpect(jsonPath("$._links.next").value(nullValue()))
                .andExpect(jsonPath("$._links.prev").value("/api/users?page=1&per_page=10"));
    }

    @Test
    void perPageIsCappedAt100AndNonsenseFallsBackToTheDefaults() throws Exception {
        User john = members.john();

        mvc.perform(get("/api/users?per_page=1000").with(tokenFor(john)))
                .andExpect(jsonPath("$._meta.per_page").value(100));
        mvc.perform(get("/api/users?per_page=abc&page=-3").with(tokenFor(john)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$._meta.per_page").value(10))
                .andExpect(jsonPath("$._meta.page").value(1));
    }

    @Test
    void aPageOfUsersCostsTheSameQueriesWhateverItsSize() throws Exception {
        User john = members.john();
        String token = tokenOf(john);
        int small = statementsFor("/api/users?per_page=1", token);
        for (int i = 0; i < 5; i++) {
            follows.follow(members.register("user" + i).getId(), john.getId());
        }

        assertThat(statementsFor("/api/users?per_page=6", token)).isEqualTo(small);
    }

    private int statementsFor(String path, String token) {
        return SqlStatements.recordedWhile(() -> {
            try {
                mvc.perform(get(path).with(bearer(token))).andExpect(status().isOk());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).size();
    }

    @Test
    void followersAndFollowingAreCollectionsOfUsers() throws Exception {
        User john = members.john();
        User susan = members.susan();
        User mary = members.mary();
        follows.follow(susan.getId(), john.getId());
        follows.follow(mary.getId(), john.getId());
        follows.follow(john.getId(), mary.getId());

        mvc.perform(get("/api/users/" + john.getId() + "/followers?per_page=1").with(tokenFor(john)))
                .andExpect(jsonPath("$.items[0].username").value("susan"))
                .andExpect(jsonPath("$.items[0].follower_count").value(0))
                .andExpect(jsonPath("$.items[0].following_count").value(1))
                .andExpect(jsonPath("$._meta.total_items").value(2))
                .andExpect(jsonPath("$._links.next").value("/api/users/" + john.getId() + "/followers?page=2&per_page=1"));
        mvc.perform(get("/api/users/" + john.getId() + "/following").with(tokenFor(john)))
                .andExpect(jsonPath("$.items[0].username").value("mary"))
                .andExpect(jsonPath("$.items[0].follower_count").value(1))
                .andExpect(jsonPath("$._meta.total_items").value(1));
        mvc.perform(get("/api/users/424242/followers").with(tokenFor(john))).andExpect(status().isNotFound());
    }

    @Test
    void registeringAnswers201WithLocationAndTheUser() throws Exception {
        mvc.perform(post("/api/users").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\": \"ann\", \"email\": \"ann@example.com\", \"password\": \"cat\"}"))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", matchesPattern("/api/users/\\d+")))
                .andExpect(jsonPath("$.username").value("ann"))
                .andExpect(jsonPath("$.post_count").value(0));
    }

    @Test
    void registeringWithoutAFieldGivesTheOriginalsMessage() throws Exception {
        mvc.perform(post("/api/users").contentType(MediaType.APPLICATION_JSON).content("{\"username\": \"ann\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("Bad Request"))
                .andExpect(jsonPath("$.message").value("must include username, email and password fields"));
    }

    @Test
    void registeringATakenNameOrEmailGivesTheOriginalsMessages() throws Exception {
        members.john();

        mvc.perform(post("/api/users").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\": \"JOHN\", \"email\": \"x@example.com\", \"password\": \"cat\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value("please use a different username"));
        mvc.perform(post("/api/users").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\": \"johnny\", \"email\": \"john@example.com\", \"password\": \"cat\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value("please use a different email address"));
    }

    @Test
    void registeringWithWrongTypesOrABadEmailIsABadRequest() throws Exception {
        mvc.perform(post("/api/users").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\": 5, \"email\": \"x@example.com\", \"password\": \"cat\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.message").value("username must be a string"));
        mvc.perform(post("/api/users").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\": \"ann\", \"email\": \"not an email\", \"password\": \"cat\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/users").contentType(MediaType.APPLICATION_JSON).content("[1, 2]"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.error").value("Bad Request"));
    }

    @Test
    void youCanChangeYourOwnRecord() throws Exception {
        User john = members.john();

        mvc.perform(put("/api/users/" + john.getId()).with(tokenFor(john)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\": \"johnny\", \"email\": \"johnny@example.com\", \"about_me\": \"hi\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value("johnny"))
                .andExpect(jsonPath("$.email").value("johnny@example.com"))
                .andExpect(jsonPath("$.about_me").value("hi"));
        mvc.perform(put("/api/users/" + john.getId()).with(tokenFor(john)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"about_me\": null}"))
                .andExpect(jsonPath("$.username").value("johnny"))
                .andExpect(jsonPath("$.about_me").value(nullValue()));
    }

    @Test
    void changingAnotherUsersRecordIsForbidden() throws Exception {
        User john = members.john();
        User susan = members.susan();

        mvc.perform(put("/api/users/" + susan.getId()).with(tokenFor(john)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"about_me\": \"hacked\"}"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.error").value("Forbidden"));
    }

    @Test
    void changingToATakenNameChangesNothing() throws Exception {
        User john = members.john();
        members.susan();

        mvc.perform(put("/api/users/" + john.getId()).with(tokenFor(john)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"about_me\": \"new\", \"username\": \"Susan\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value("please use a different username"));
        mvc.perform(get("/api/users/" + john.getId()).with(tokenFor(john)))
                .andExpect(jsonPath("$.about_me").value(nullValue()))
                .andExpect(jsonPath("$._links.avatar", endsWith("?s=128")));
    }
}
