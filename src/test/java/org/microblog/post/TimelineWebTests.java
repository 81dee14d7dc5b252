package org.microblog.post;

import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.microblog.follow.FollowService;
import org.microblog.testsupport.WebTests;
import org.microblog.user.User;
import org.springframework.beans.factory.annotation.Autowired;

/** Given-helpers shared by the timeline web tests: posts at explicit times, follows, counting posts on a page. */
abstract class TimelineWebTests extends WebTests {

    static final Instant START = Instant.parse("2026-05-01T10:00:00Z");

    @Autowired
    PostService posts;

    @Autowired
    FollowService follows;

    /** A post by {@code author}, {@code minutes} minutes after {@link #START}. */
    PostView givenPost(User author, String body, int minutes) {
        clock.set(START.plusSeconds(60L * minutes));
        PostView post = posts.publish(author.getId(), body, null);
        clock.reset();
        return post;
    }

    void givenFollows(User follower, User followed) {
        follows.follow(follower.getId(), followed.getId());
    }

    static int postsOn(String html) {
        Matcher article = Pattern.compile("<article ").matcher(html);
        int count = 0;
        while (article.find()) {
            count++;
        }
        return count;
    }

    int rowsInPosts() {
        Integer rows = jdbc.queryForObject("SELECT count(*) FROM posts", Integer.class);
        return rows == null ? 0 : rows;
    }
}
