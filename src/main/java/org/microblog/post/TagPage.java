package org.microblog.post;

import java.util.Set;
import org.microblog.web.PageOf;

/**
 * What {@code post/tag.jte} renders.
 *
 * @param tag the tag, lower case
 * @param posts one page of the posts that name it, newest first
 * @param path the tag page's path, for the paging links
 * @param liked which of the page's posts the reader likes
 */
public record TagPage(String tag, PageOf<PostView> posts, String path, Set<Long> liked) {
}
