package org.microblog.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.assertions.LocatorAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A site that may hold one live stream: the second member's page is refused (503) and polls
 * {@code /notifications?since=} instead, so the unread badge still lights up.
 */
class StreamLimitBrowserTests extends BrowserTests {

    @DynamicPropertySource
    static void oneStream(DynamicPropertyRegistry registry) {
        registry.add("NOTIFICATION_STREAMS_MAX", () -> "1");
    }

    @Test
    void aPageWhoseStreamIsRefusedPollsAndStillSeesTheMessage() {
        member("alice");
        member("bob");
        page.waitForResponse(response -> response.url().contains("/notifications/stream") && response.status() == 200,
                () -> signIn(page, "alice"));

        Page bob = newPage();
        // Chromium says so in the console when an EventSource is refused.
        guard.expectConsoleError("notifications/stream.*503|503.*notifications/stream|status of 503");
        Response refused = bob.waitForResponse(response -> response.url().contains("/notifications/stream"),
                () -> signIn(bob, "bob"));
        org.assertj.core.api.Assertions.assertThat(refused.status()).isEqualTo(503);
        org.assertj.core.api.Assertions.assertThat(refused.headers()).containsKey("retry-after");
        bob.waitForResponse(response -> response.url().contains("/notifications?since=") && response.status() == 200,
                () -> { });

        page.navigate("/user/bob");
        link(page, "Send private message").click();
        page.locator("#message").fill("are you polling?");
        button(page.locator("main"), "Submit").click();
        assertThat(flash(page)).hasText("Your message has been sent.");

        Locator badge = bob.locator("#message_count");
        assertThat(badge).hasText("1", new LocatorAssertions.HasTextOptions().setTimeout(15_000));
        assertThat(badge).isVisible();
    }
}
