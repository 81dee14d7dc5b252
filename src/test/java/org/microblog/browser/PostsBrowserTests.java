package org.microblog.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.microblog.post.PostService;
import org.microblog.user.User;
import org.springframework.beans.factory.annotation.Autowired;

/** Two members around one post: its page, a like, a reply, then the author edits and deletes it. */
class PostsBrowserTests extends BrowserTests {

    @Autowired
    PostService posts;

    @Test
    void aLikeAndAReplyShowOnThePostPageWhichItsAuthorThenEditsAndDeletes() {
        User susan = member("susan");
        posts.publish(susan.getId(), "hello from susan", "en");
        member("john");
        signIn(page, "john");

        link(page, "Explore").click();
        page.locator(".post a.post-link").first().click();
        assertThat(page.locator(".post-focus .post-body")).hasText("hello from susan");
        button(page.locator(".post-actions"), "Like").click();
        assertThat(page.locator(".post-focus .post-like-count")).hasText("1 like");
        assertThat(page.locator(".post-likers")).containsText("john");
        page.getByLabel("Reply").fill("hi susan");
        button(page.locator("main"), "Submit").click();
        assertThat(flash(page)).hasText("Your reply is now live!");
        assertThat(page.locator(".replies .post-body")).hasText("hi susan");
        assertThat(page.locator(".replies .post-reply-to")).hasText("in reply to @susan");

        Page author = newPage();
        signIn(author, "susan");
        link(author, "Explore").click();
        author.locator(".post", new Page.LocatorOptions().setHasText("hello from susan")).locator("a.post-link").click();
        assertThat(author.locator(".post-focus .post-reply-count")).hasText("1 reply");
        link(author, "Edit").click();
        author.getByLabel("Say something").fill("hello, edited");
        button(author.locator("main"), "Save").click();
        assertThat(flash(author)).hasText("Your post has been changed.");
        assertThat(author.locator(".post-focus .post-edited")).containsText("edited");

        link(author, "Delete").click();
        assertThat(heading(author)).hasText("Delete your post");
        button(author.locator("main"), "Delete").click();
        assertThat(flash(author)).hasText("Your post has been deleted.");

        link(page, "Explore").click();
        Locator bodies = page.locator(".post .post-body");
        assertThat(bodies).hasCount(1);
        assertThat(bodies).hasText("hi susan");
    }
}
