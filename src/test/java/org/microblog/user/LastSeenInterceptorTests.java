package org.microblog.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.microblog.testsupport.WebTests;
import org.springframework.beans.factory.annotation.Autowired;

class LastSeenInterceptorTests extends WebTests {

    static final Instant REGISTERED = Instant.parse("2024-05-01T12:00:00Z");

    @Autowired
    UserService users;

    @Test
    void aPageVisitRecordsTheMemberAsSeen() throws Exception {
        clock.set(REGISTERED);
        User john = members.john();
        clock.advance(Duration.ofMinutes(5));

        mvc.perform(get("/edit_profile").with(as(john))).andExpect(status().isOk());
        awaitLastSeenWrites();

        assertThat(users.getById(john.getId()).getLastSeen()).isEqualTo(REGISTERED.plus(Duration.ofMinutes(5)));
    }

    @Test
    void staticFilesAndAvatarsDoNotCount() throws Exception {
        clock.set(REGISTERED);
        User john = members.john();
        clock.advance(Duration.ofMinutes(5));

        mvc.perform(get("/css/app.css").with(as(john))).andExpect(status().isOk());
        mvc.perform(get("/js/app.js").with(as(john))).andExpect(status().isOk());
        mvc.perform(get("/avatar/d4c74594d841139328695756648b6bd6").with(as(john))).andExpect(status().isOk());
        awaitLastSeenWrites();

        assertThat(users.getById(john.getId()).getLastSeen()).isEqualTo(REGISTERED);
    }

    @Test
    void aMemberIsWrittenAtMostOnceAMinuteAndOffTheRequestPath() throws Exception {
        clock.set(REGISTERED);
        User john = members.john();
        clock.advance(Duration.ofMinutes(5));
        mvc.perform(get("/edit_profile").with(as(john))).andExpect(status().isOk());
        awaitLastSeenWrites();

        clock.advance(Duration.ofSeconds(30));
        var statements = org.microblog.testsupport.SqlStatements.recordedWhile(() -> perform(john));
        awaitLastSeenWrites();

        assertThat(statements).noneMatch(sql -> sql.toLowerCase(java.util.Locale.ROOT).startsWith("update"));
        assertThat(users.getById(john.getId()).getLastSeen()).isEqualTo(REGISTERED.plus(Duration.ofMinutes(5)));
    }

    private void perform(User member) {
        try {
            mvc.perform(get("/edit_profile").with(as(member))).andExpect(status().isOk());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
