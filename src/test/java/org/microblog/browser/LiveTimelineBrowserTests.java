package org.microblog.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import org.junit.jupiter.api.Test;
import org.microblog.follow.FollowService;
import org.microblog.user.User;
import org.springframework.beans.factory.annotation.Autowired;

/** Two members at two browsers: the live home timeline, the live conversation, and a block. */
class LiveTimelineBrowserTests extends BrowserTests {

    private static final LocatorAssertions.HasTextOptions SOON = new LocatorAssertions.HasTextOptions().setTimeout(3000);

    @Autowired
    FollowService follows;

    /** Signs in on a new page and waits until its live stream is open. */
    private Page signedInWithStream(Page page, String username) {
        page.waitForResponse(response -> response.url().contains("/notifications/stream") && response.status() == 200,
                () -> signIn(page, username));
        return page;
    }

    private static void post(Page page, String text) {
        page.navigate("/index");
        page.getByLabel("Say something").fill(text);
        button(page.locator("main"), "Submit").click();
        assertThat(flash(page)).hasText("Your post is now live!");
    }

    @Test
    void aFollowedMembersPostsAnnounceThemselvesAndShowOnAClickWithoutAReload() {
        User alice = member("alice");
        User bob = member("bob");
        follows.follow(alice.getId(), bob.getId());
        signedInWithStream(page, "alice");
        Locator announcement = page.locator("#new-posts button");
        assertThat(announcement).isHidden();
        page.locator("main").evaluate("main => main.dataset.notReloaded = 'yes'");

        Page other = newPage();
        signIn(other, "bob");
        post(other, "bob live one");
        assertThat(announcement).hasText("1 new post", SOON);
        post(other, "bob live <two>");
        assertThat(announcement).hasText("2 new posts", SOON);

        announcement.click();
        assertThat(page.locator("section.posts .post .post-body")).hasText(new String[] {"bob live <two>", "bob live one"});
        assertThat(announcement).isHidden();
        assertThat(page.locator("main[data-not-reloaded='yes']")).hasCount(1);
    }

    @Test
    void anOpenConversationShowsNewMessagesAsTheyArrive() {
        member("alice");
        member("bob");
        signedInWithStream(page, "alice");
        page.waitForResponse(response -> response.url().contains("/notifications/stream") && response.status() == 200,
                () -> page.navigate("/messages/bob"));
        assertThat(page.locator(".message")).hasCount(0);

        Page other = newPage();
        signIn(other, "bob");
        other.navigate("/send_message/alice");
        other.locator("#message").fill("are you there, alice?");
        button(other.locator("main"), "Submit").click();
        assertThat(flash(other)).hasText("Your message has been sent.");

        assertThat(page.locator(".message .post-body")).hasText("are you there, alice?", SOON);
    }

    @Test
    void aliceBlocksBobHisPostsLeaveHerTimelineAndHeCannotMessageHer() {
        User alice = member("alice");
        User bob = member("bob");
        follows.follow(alice.getId(), bob.getId());
        Page other = newPage();
        signIn(other, "bob");
        post(other, "bob before the block");
        signedInWithStream(page, "alice");
        assertThat(page.locator(".post .post-body")).hasText("bob before the block");

        page.navigate("/user/bob");
        button(page.locator("main"), "Block").click();
        assertThat(flash(page)).hasText("You blocked bob.");
        assertThat(page.locator(".blocked-notice")).containsText("You block bob");
        page.waitForResponse(response -> response.url().contains("/notifications/stream") && response.status() == 200,
                () -> link(page, "Home").click());
        assertThat(page.locator(".post")).hasCount(0);

        post(other, "bob after the block");
        other.navigate("/send_message/alice");
        assertThat(flash(other)).hasText("You cannot send a private message to this member.");
        other.navigate("/user/alice");
        assertThat(other.locator(".blocked-notice")).hasText("You cannot see this member's posts.");
        page.waitForTimeout(1000);
        assertThat(page.locator("#new-posts button")).isHidden();
        page.reload();
        assertThat(page.locator(".post")).hasCount(0);
    }
}
