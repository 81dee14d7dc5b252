package org.microblog.search;

import java.util.List;
import org.microblog.post.PostView;
import org.microblog.user.User;
import org.microblog.web.PageOf;

/**
 * What {@code search/results.jte} renders: the query as it was read, the members it matched
 * (first page only) and one page of posts found, with the words to mark in them.
 */
public record SearchPage(String query, List<Member> members, PageOf<PostView> posts, List<String> words, String path) {

    /** A member found: name, avatar and about me. */
    public record Member(String username, String avatarUrl, String aboutMe) {

        static Member of(User user, String avatarUrl) {
            String about = user.getAboutMe();
            return new Member(user.getUsername(), avatarUrl, about == null ? "" : about);
        }
    }

    public String highlighted(PostView post) {
        return Highlight.html(post.body(), words);
    }

    public boolean typed() {
        return !query.isEmpty();
    }
}
