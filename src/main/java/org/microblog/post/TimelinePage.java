package org.microblog.post;

import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.microblog.web.Cursor;
import org.microblog.web.FormView;
import org.microblog.web.PageOf;

/**
 * What {@code post/timeline.jte} renders, for Home and Explore alike.
 *
 * @param home Home (the member's timeline) rather than Explore (every post)
 * @param form the post form with what was typed and its errors; {@code null} on Explore
 * @param posts one page of posts, newest first
 * @param path where this page lives, for the paging links
 * @param liked which of the page's posts the reader likes (one query for the page)
 */
public record TimelinePage(boolean home, @Nullable FormView form, PageOf<PostView> posts, String path, Set<Long> liked) {

    /**
     * Where the live timeline starts: the newest post shown on the first page of Home (the
     * epoch when it shows none), as a cursor token; {@code null} elsewhere (Explore, older pages).
     */
    public @Nullable String liveAfter() {
        if (!home || posts.hasPrevious()) {
            return null;
        }
        return posts.items().isEmpty() ? new Cursor(Instant.EPOCH, 0).token() : cursorOf(posts.items().get(0)).token();
    }

    static Cursor cursorOf(PostView post) {
        return new Cursor(post.timestamp(), post.id());
    }

    /** The key of the page's title ("Home", "Explore"). */
    public String titleKey() {
        return home ? "post.home.title" : "post.explore.title";
    }

    /** The key of what an empty first page says. */
    public String emptyKey() {
        return home ? "post.home.empty" : "post.explore.empty";
    }
}
