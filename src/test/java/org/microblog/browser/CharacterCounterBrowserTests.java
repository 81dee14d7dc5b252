package org.microblog.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The live character counter under every textarea counts as the server does while one types. */
class CharacterCounterBrowserTests extends BrowserTests {

    private static final String EMOJI = "\uD83D\uDE00";

    @Test
    void thePostBoxCountsEmojiAsOneAndWarnsPastTheLimitAsTheServerDoes() {
        member("john");
        signIn(page, "john");
        Locator box = page.locator("textarea#post");
        Locator counter = page.locator("#post-counter");
        assertThat(counter).hasText("0 / 140");

        box.pressSequentially("  hi ");
        assertThat(counter).hasText("2 / 140");
        box.fill(EMOJI.repeat(140));
        // The browser's maxlength counts UTF-16 units: it must not cut 140 emoji to 70.
        assertThat(box).hasValue(EMOJI.repeat(140));
        assertThat(counter).hasText("140 / 140");
        assertThat(counter).not().hasClass(Pattern.compile("text-danger"));

        box.fill("x".repeat(140));
        box.press("End");
        box.pressSequentially("x");
        assertThat(counter).hasText("141 / 140: 1 too many");
        assertThat(counter).hasClass(Pattern.compile("text-danger"));

        button(page.locator("main form"), "Submit").click();
        assertThat(page.locator("#post-errors")).hasText("This field must be at most 140 characters long.");
        assertThat(page.locator("#post-counter")).hasText("141 / 140: 1 too many");
    }

    @Test
    void theMessageAndAboutMeBoxesCountToo() {
        member("susan");
        member("john");
        signIn(page, "john");

        page.navigate("/send_message/susan");
        assertThat(page.locator("#message-counter")).hasText("0 / 140");
        page.locator("textarea#message").pressSequentially("hello\nsusan ");
        assertThat(page.locator("#message-counter")).hasText("11 / 140");

        page.navigate("/messages/susan");
        page.locator("textarea#message").fill("e\u0301".repeat(71));
        assertThat(page.locator("#message-counter")).hasText("142 / 140: 2 too many");

        page.navigate("/edit_profile");
        assertThat(page.locator("#about_me-counter")).hasText("0 / 140");
        page.locator("textarea#about_me").pressSequentially("I like cats");
        assertThat(page.locator("#about_me-counter")).hasText("11 / 140");
    }
}
