package org.microblog.post;

import org.jspecify.annotations.Nullable;
import org.microblog.web.FormView;
import org.microblog.web.PageOf;

/**
 * What {@code post/timeline.jte} renders, for Home and Explore alike.
 *
 * @param title the page title ("Home", "Explore")
 * @param heading the greeting above the page ("Hi, john!")
 * @param form the post form with what was typed and its errors; {@code null} on Explore
 * @param posts one page of posts, newest first
 * @param path where this page lives, for the paging links
 */
public record TimelinePage(String title, String heading, @Nullable FormView form, PageOf<PostView> posts, String path) {
}
