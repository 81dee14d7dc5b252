package org.microblog.post;

import java.util.List;
import java.util.Set;

/**
 * What {@code /index/new} returns to the live timeline: a batch of new posts, newest first.
 *
 * @param after the cursor the next batch starts after (the newest post here, or the one asked with)
 * @param more whether the batch was full, so more new posts may follow
 * @param liked which of these posts the reader likes
 */
public record NewPostsPage(List<PostView> posts, String after, boolean more, Set<Long> liked) {
}
