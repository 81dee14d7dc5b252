package org.microblog.post;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A post as pages and the API show it, with what they need of its author. */
public record PostView(long id, String body, Instant timestamp, @Nullable String language, long authorId,
        String authorUsername, String authorEmail) {

    static PostView of(Post post) {
        var author = post.getAuthor();
        return new PostView(post.getId(), post.getBody(), post.getTimestamp(), post.getLanguage(), author.getId(),
                author.getUsername(), author.getEmail());
    }
}
