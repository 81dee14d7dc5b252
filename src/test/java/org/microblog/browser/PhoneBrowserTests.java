package org.microblog.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.microblog.message.MessageService;
import org.microblog.post.PostService;
import org.microblog.user.User;
import org.springframework.beans.factory.annotation.Autowired;

/** The site at a phone's width (390 px): the collapsed menu, and names too long for the screen. */
class PhoneBrowserTests extends BrowserTests {

    static final int WIDTH = 390;
    /** As long as a username may be, with nowhere to break it. */
    static final String LONG_NAME = "w".repeat(64);

    @Autowired
    MessageService messages;

    @Autowired
    PostService posts;

    User longName;

    @BeforeEach
    void aMemberWithTheLongestNameOnAPhone() {
        longName = member(LONG_NAME);
        page.setViewportSize(WIDTH, 844);
    }

    @Test
    void theUnreadBadgeStaysInSightBesideTheCollapsedMenuAndFollowsTheLiveCount() {
        User susan = member("susan");
        messages.send(susan.getId(), longName.getId(), "hello there");
        signIn(page, LONG_NAME);

        assertThat(page.locator(".navbar-toggler")).isVisible();
        assertThat(page.locator("#navbar")).not().isVisible();
        assertThat(page.locator("#message_count_compact .badge")).isVisible();
        assertThat(page.locator("#message_count_compact .badge")).hasText("1");

        // The messages page holds the live stream open before anything more is sent.
        page.waitForResponse(response -> response.url().contains("/notifications/stream") && response.status() == 200,
                () -> page.locator("#message_count_compact").click());
        assertThat(heading(page)).hasText("Messages");
        assertThat(page.locator("#message_count_compact .badge")).not().isVisible();

        // The live count reaches this badge too, without a reload.
        messages.send(susan.getId(), longName.getId(), "and again");
        assertThat(page.locator("#message_count_compact .badge")).hasText("1");
        assertThat(page.locator("#message_count_compact .badge")).isVisible();
    }

    @Test
    void aLongUsernameWrapsInPostsAndOnTheProfileWithoutScrollingSideways() {
        posts.publish(longName.getId(), "a post by the member with the longest name", null);
        signIn(page, LONG_NAME);

        for (String path : new String[] {"/index", "/explore", "/user/" + LONG_NAME}) {
            page.navigate(path);
            assertThat(page.locator("article.post")).hasCount(1);
            assertThat(scrollWidth(page)).as("page width of %s", path).isLessThanOrEqualTo(WIDTH);
        }
        page.navigate("/user/" + LONG_NAME);
        assertThat(page.locator("main h1")).containsText(LONG_NAME);
    }

    private static int scrollWidth(Page page) {
        return ((Number) page.evaluate("document.documentElement.scrollWidth")).intValue();
    }
}
