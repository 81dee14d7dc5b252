package org.microblog.post;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.microblog.follow.BlockService;
import org.microblog.testsupport.DatabaseTests;
import org.microblog.testsupport.Members;
import org.microblog.user.User;
import org.microblog.web.PagePosition;

/** Measures what the blocks' anti-joins add to Explore and a member's posts (printed; asserted only for correctness). */
class BlockAntiJoinCostIntegrationTests extends DatabaseTests {

    @Test
    void exploreWithTheBlocksAntiJoinsCostsAboutWhatItCostsWithout() {
        Members members = new Members(app);
        User reader = members.register("reader");
        List<Object[]> users = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            users.add(new Object[] {"a" + i, "a" + i, "a" + i + "@example.com", "a" + i + "@example.com"});
        }
        app.jdbc().batchUpdate("INSERT INTO users (username, username_lower, email, email_lower) VALUES (?, ?, ?, ?)", users);
        List<Long> authors = app.jdbc().queryForList("SELECT id FROM users WHERE id <> ? ORDER BY id", Long.class, reader.getId());
        List<Object[]> rows = new ArrayList<>();
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        for (int i = 0; i < 40_000; i++) {
            rows.add(new Object[] {"post " + i, Timestamp.from(start.plusSeconds(i)), authors.get(i % authors.size())});
        }
        app.jdbc().batchUpdate("INSERT INTO posts (body, timestamp, user_id) VALUES (?, ?, ?)", rows);
        BlockService blocks = bean(BlockService.class);
        for (int i = 0; i < 20; i++) {
            blocks.block(reader.getId(), authors.get(i * 2));
            blocks.block(authors.get(i * 2 + 1), reader.getId());
        }
        PostService posts = bean(PostService.class);
        for (int round = 0; round < 3; round++) {
            long nobody = time(() -> posts.explore(PostService.NOBODY, PagePosition.number(50), 25));
            long viewer = time(() -> posts.explore(reader.getId(), PagePosition.number(50), 25));
            long nobodyFirst = time(() -> posts.explore(PostService.NOBODY, PagePosition.number(1), 25));
            long viewerFirst = time(() -> posts.explore(reader.getId(), PagePosition.number(1), 25));
            System.out.printf("anti-join on %s: explore page 1 %d us -> %d us, page 50 %d us -> %d us (40k posts, 40 blocks)%n",
                    database, nobodyFirst, viewerFirst, nobody, viewer);
        }
        assertThat(posts.explore(reader.getId(), 1).items()).allSatisfy(post ->
                assertThat(blocks.blockedEitherWay(reader.getId(), post.authorId())).isFalse());
    }

    private static long time(Runnable work) {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            long start = System.nanoTime();
            work.run();
            best = Math.min(best, (System.nanoTime() - start) / 1000);
        }
        return best;
    }
}
