package org.microblog.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.microblog.post.PostService;
import org.microblog.user.User;
import org.springframework.beans.factory.annotation.Autowired;

/** Following from the username popover, and paging through the timelines. */
class TimelineBrowserTests extends BrowserTests {

    @Autowired
    PostService posts;

    @Test
    void followingFromThePopoverOnExploreBringsTheMembersPostsHome() {
        User susan = member("susan");
        posts.publish(susan.getId(), "hello from susan", "en");
        member("john");
        signIn(page, "john");
        assertThat(page.locator(".post")).hasCount(0);

        link(page, "Explore").click();
        page.locator(".post a.user-popup", new Page.LocatorOptions().setHasText("susan")).hover();
        Locator card = page.locator(".popover .user-card");
        assertThat(card.locator("h2")).hasText("susan");
        button(card, "Follow").click();

        assertThat(flash(page)).hasText("You are following susan!");
        link(page, "Home").click();
        assertThat(page.locator(".post .post-body")).hasText("hello from susan");
    }

    @Test
    void olderAndNewerLinksPageThroughSixtyPosts() {
        User susan = member("susan");
        for (int i = 1; i <= 60; i++) {
            posts.publish(susan.getId(), "post " + i, "en");
        }
        member("john");
        signIn(page, "john");
        link(page, "Explore").click();

        assertPage(25, "post 60", "post 36");
        assertThat(link(page, "Newer posts")).hasCount(0);
        link(page, "Older posts").click();
        assertPage(25, "post 35", "post 11");
        link(page, "Older posts").click();
        assertPage(10, "post 10", "post 1");
        assertThat(link(page, "Older posts")).hasCount(0);
        link(page, "Newer posts").click();
        assertPage(25, "post 35", "post 11");
        link(page, "Newer posts").click();
        assertPage(25, "post 60", "post 36");
    }

    private void assertPage(int count, String first, String last) {
        Locator bodies = page.locator(".post .post-body");
        assertThat(bodies).hasCount(count);
        assertThat(bodies.first()).hasText(first);
        assertThat(bodies.last()).hasText(last);
    }
}
