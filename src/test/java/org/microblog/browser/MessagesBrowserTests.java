package org.microblog.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Two members at two browsers: private messages, the live unread badge, the conversation. */
class MessagesBrowserTests extends BrowserTests {

    private Page bob;

    @BeforeEach
    void aliceAndBobSignedIn() {
        member("alice");
        member("bob");
        signIn(page, "alice");
        bob = newPage();
        // Bob's Home page holds the live stream open before anything is sent to him.
        bob.waitForResponse(response -> response.url().contains("/notifications/stream") && response.status() == 200,
                () -> signIn(bob, "bob"));
    }

    @Test
    void aMessageLightsTheRecipientsBadgeWithoutAReloadAndReadingClearsIt() {
        Locator badge = bob.locator("#message_count");
        assertThat(badge).isHidden();

        aliceSendsBob("hi bob");

        assertThat(badge).hasText("1", new LocatorAssertions.HasTextOptions().setTimeout(2000));
        assertThat(badge).isVisible();
        bob.locator("nav a.nav-link[href='/messages']").click();
        assertThat(heading(bob)).hasText("Messages");
        assertThat(bob.locator(".message .post-body")).hasText("hi bob");
        assertThat(badge).isHidden();
    }

    @Test
    void theConversationShowsBothSidesNewestFirst() {
        aliceSendsBob("hi bob");

        bob.locator("nav a.nav-link[href='/messages']").click();
        link(bob, "Conversation with alice").click();
        assertThat(heading(bob)).hasText("Conversation with alice");
        bob.locator("#message").fill("hello alice");
        button(bob.locator("main"), "Reply").click();

        assertThat(bob.locator(".message .post-body")).hasText(new String[] {"hello alice", "hi bob"});
        page.navigate("/messages/bob");
        assertThat(page.locator(".message .post-body")).hasText(new String[] {"hello alice", "hi bob"});
    }

    private void aliceSendsBob(String text) {
        page.navigate("/user/bob");
        link(page, "Send private message").click();
        page.locator("#message").fill(text);
        button(page.locator("main"), "Submit").click();
        assertThat(flash(page)).hasText("Your message has been sent.");
    }
}
