package org.microblog.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.microblog.post.PostService;
import org.microblog.user.User;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The interface languages as a reader picks them in the footer, with dates and relative times
 * in the page's language; and, on this site without a translation service, no Translate link.
 */
class LanguagesBrowserTests extends BrowserTests {

    @Autowired
    PostService posts;

    @Test
    void theFooterSwitchesToFrenchAndGermanWithTheirDatesAndRelativeTimes() {
        User john = member("john");
        posts.publish(john.getId(), "Tomorrow we are going to the beach with the kids, who is coming?", null);
        users.touchLastSeen(john.getId());
        signIn(page, "john");

        page.locator("footer").getByText("Français").click();
        assertThat(page.locator("html")).hasAttribute("lang", "fr");
        assertThat(page.locator("nav")).containsText("Explorer");
        assertThat(page.locator(".post time").first()).hasText(Pattern.compile("^(maintenant|à l’heure actuelle|il y a .+)$"));
        page.navigate("/user/john");
        assertThat(page.locator("main")).containsText("Vu pour la dernière fois le");

        page.locator("footer").getByText("Deutsch").click();
        assertThat(page.locator("html")).hasAttribute("lang", "de");
        assertThat(page.locator("main")).containsText("Zuletzt gesehen am");
        assertThat(page.locator(".post time").first()).hasText(Pattern.compile("^(jetzt|vor .+)$"));
        // The last-seen date, written out in German (a month's name, not the English one).
        assertThat(page.locator("main time:not([data-relative])").first())
                .hasText(Pattern.compile("(Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)"));
    }

    @Test
    void withoutATranslationServiceNoPostHasATranslateLink() {
        member("john");
        User susan = member("susan");
        posts.publish(susan.getId(), "Mañana vamos a la playa con los niños, ¿alguien se apunta?", null);
        signIn(page, "john");
        page.navigate("/explore");

        assertThat(page.locator(".post-body")).hasText("Mañana vamos a la playa con los niños, ¿alguien se apunta?");
        assertThat(page.locator(".post-translate")).hasCount(0);
        assertThat(page.getByText("Translate")).hasCount(0);
    }
}
