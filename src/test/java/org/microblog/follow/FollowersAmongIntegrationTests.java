package org.microblog.follow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.microblog.testsupport.DatabaseTests;
import org.microblog.testsupport.Members;
import org.microblog.testsupport.SqlStatements;
import org.microblog.user.User;

/**
 * The live timeline's fan-out ({@code notification.NewPostAnnouncer}) asks which of the members
 * online follow the author: its cost follows the members online, in statements of
 * {@value FollowService#AMONG_PER_STATEMENT}, never the author's follower count.
 */
class FollowersAmongIntegrationTests extends DatabaseTests {

    static final int FOLLOWERS = 3000;

    @Test
    void findsTheFollowersAmongTheMembersOnlineInOneStatementPerFiveHundred() {
        User author = new Members(app).register("author");
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < FOLLOWERS + 600; i++) {
            rows.add(new Object[] {"f" + i, "f" + i, "f" + i + "@example.com", "f" + i + "@example.com"});
        }
        app.jdbc().batchUpdate("INSERT INTO users (username, username_lower, email, email_lower) VALUES (?, ?, ?, ?)", rows);
        List<Long> ids = app.jdbc().queryForList("SELECT id FROM users WHERE id <> ? ORDER BY id", Long.class, author.getId());
        List<Object[]> follows = new ArrayList<>();
        for (long id : ids.subList(0, FOLLOWERS)) {
            follows.add(new Object[] {id, author.getId()});
        }
        app.jdbc().batchUpdate("INSERT INTO followers (follower_id, followed_id) VALUES (?, ?)", follows);
        FollowService service = bean(FollowService.class);
        // online: 600 followers and the 600 members who do not follow
        List<Long> online = new ArrayList<>(ids.subList(FOLLOWERS - 600, FOLLOWERS + 600));
        service.followersAmong(author.getId(), online); // warm up

        long start = System.nanoTime();
        @SuppressWarnings("unchecked")
        Set<Long>[] found = new Set[1];
        List<String> statements = SqlStatements.recordedWhile(() -> found[0] = service.followersAmong(author.getId(), online));
        long micros = (System.nanoTime() - start) / 1000;
        System.out.printf("followersAmong on %s: %d followers, %d online -> %d found, %d statements, %d us%n",
                database, FOLLOWERS, online.size(), found[0].size(), statements.size(), micros);

        assertThat(found[0]).containsExactlyInAnyOrderElementsOf(ids.subList(FOLLOWERS - 600, FOLLOWERS));
        assertThat(statements).hasSize(3);
        assertThat(service.followersAmong(author.getId(), List.of())).isEmpty();
    }
}
