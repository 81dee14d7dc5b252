package org.microblog.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import org.junit.jupiter.api.Test;
import org.microblog.post.PostService;
import org.microblog.post.PostView;
import org.microblog.user.User;
import org.springframework.beans.factory.annotation.Autowired;

/** Two members: bob mentions, likes and replies to alice; her notices badge counts up live and reading clears it. */
class NoticesBrowserTests extends BrowserTests {

    @Autowired
    PostService posts;

    @Test
    void aMentionALikeAndAReplyLightAliceBadgeLiveAndHerNoticesPageListsAndClearsThem() {
        User alice = member("alice");
        PostView hers = posts.publish(alice.getId(), "alice writes about #Spring", "en");
        member("bob");
        // Alice's Home page holds the live stream open before bob does anything.
        page.waitForResponse(response -> response.url().contains("/notifications/stream") && response.status() == 200,
                () -> signIn(page, "alice"));
        Locator badge = page.locator("#notice_count");
        assertThat(badge).isHidden();

        Page bob = newPage();
        signIn(bob, "bob");
        bob.getByLabel("Say something").fill("hello @alice, see #spring");
        button(bob.locator("main"), "Submit").click();
        assertThat(bob.locator(".post .post-body a.mention").first()).hasAttribute("href", "/user/alice");

        assertThat(badge).hasText("1", new LocatorAssertions.HasTextOptions().setTimeout(5000));
        assertThat(badge).isVisible();

        bob.navigate("/tag/SPRING");
        assertThat(heading(bob)).hasText("#spring");
        Locator aliceOnTag = bob.locator(".post", new Page.LocatorOptions().setHasText("alice writes about"));
        button(aliceOnTag, "Like").click();
        assertThat(badge).hasText("2", new LocatorAssertions.HasTextOptions().setTimeout(5000));
        bob.navigate("/post/" + hers.id());
        bob.getByLabel("Reply").fill("nice post");
        button(bob.locator("main"), "Submit").click();
        assertThat(badge).hasText("3", new LocatorAssertions.HasTextOptions().setTimeout(5000));

        page.locator("nav a.nav-link[href='/notices']").click();
        assertThat(heading(page)).hasText("Notices");
        assertThat(page.locator(".notice .notice-text")).containsText(new String[] {
                "New bob replied to your post", "New bob liked your post", "New bob mentioned you"});
        assertThat(page.locator(".notice-reply .notice-post")).hasText("nice post");
        assertThat(badge).isHidden();
        page.reload();
        assertThat(badge).isHidden();
        assertThat(page.locator(".notice-unread")).hasCount(0);
    }
}
