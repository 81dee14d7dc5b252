package org.microblog.post;

/** Where a post's pages live. */
public final class PostPaths {

    private PostPaths() {
    }

    /** The post's own page: {@code /post/42}. */
    public static String of(long postId) {
        return "/post/" + postId;
    }
}
