package org.microblog.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.microblog.post.PostService;
import org.microblog.translate.FakeTranslationService;
import org.microblog.user.User;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The Translate link in a real browser, with the site translating through LibreTranslate's
 * protocol at a server inside the test (the browser itself only ever talks to the site).
 */
class TranslateBrowserTests extends BrowserTests {

    static final FakeTranslationService LIBRE = start();

    static final String SPANISH = "Mañana vamos a la playa con los niños, ¿alguien se apunta?";

    @Autowired
    PostService posts;

    static FakeTranslationService start() {
        try {
            return FakeTranslationService.libreTranslate();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @DynamicPropertySource
    static void translator(DynamicPropertyRegistry registry) {
        registry.add("LIBRETRANSLATE_URL", () -> LIBRE.url().toString());
    }

    @AfterAll
    static void stop() {
        LIBRE.close();
    }

    @BeforeEach
    void resetService() {
        LIBRE.reset();
    }

    @Test
    void aSpanishPostTurnsIntoEnglishInPlaceForAnEnglishReader() {
        member("john");
        User susan = member("susan");
        long id = posts.publish(susan.getId(), SPANISH, null).id();
        posts.publish(susan.getId(), "Tomorrow we are going to the beach with the kids, who is coming?", null);
        signIn(page, "john");
        page.navigate("/explore");
        page.evaluate("() => { window.samePage = true; }");

        Locator post = page.locator("#post" + id);
        assertThat(page.locator(".post-translate")).hasCount(1);
        post.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("Translate")).click();

        assertThat(post.locator(".post-translation")).hasText("[en] " + SPANISH);
        assertThat(post.locator(".post-translation")).hasAttribute("lang", "en");
        assertThat(post.locator(".post-translate")).hasCount(0);
        assertThat(post.locator(".post-body")).hasText(SPANISH);
        org.assertj.core.api.Assertions.assertThat(page.evaluate("() => window.samePage")).isEqualTo(true);
        org.assertj.core.api.Assertions.assertThat(LIBRE.lastRequest().body())
                .contains("\"source\":\"es\"", "\"target\":\"en\"", "Mañana vamos a la playa");
    }

    @Test
    void aFailingServiceLeavesAShortMessageWhereTheLinkWas() {
        member("john");
        User susan = member("susan");
        // Another text than the other test's, which the site's cache may hold.
        long id = posts.publish(susan.getId(), "Esta tarde hay concierto en la plaza del pueblo, ¿quién viene?", null).id();
        LIBRE.failing(500, "{\"error\":\"boom\"}");
        guard.expectConsoleError("status of 424");
        signIn(page, "john");
        page.navigate("/explore");

        page.locator("#post" + id + " .post-translate").click();

        assertThat(page.locator("#post" + id + " .post-translation"))
                .hasText("The translation service failed. Please try again later.");
    }
}
