package org.microblog.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The frame around every page: the language chooser and the page for an unknown address. */
class SiteBrowserTests extends BrowserTests {

    @BeforeEach
    void johnSignedIn() {
        member("john");
        signIn(page, "john");
    }

    @Test
    void theFooterLinkSwitchesTheSiteToSpanishAndItStays() {
        page.locator("footer").getByText("Español").click();

        assertThat(page.locator("html")).hasAttribute("lang", "es");
        assertThat(link(page, "Inicio")).isVisible();
        link(page, "Explorar").click();
        assertThat(page.locator("html")).hasAttribute("lang", "es");
        assertThat(link(page, "Mensajes")).isVisible();
        page.locator("footer").getByText("English").click();
        assertThat(link(page, "Home")).isVisible();
    }

    @Test
    void anUnknownAddressShowsTheNotFoundPageInTheLayout() {
        guard.expectConsoleError("status of 404");

        Response response = page.navigate("/no/such/page");

        assertThat(response.status()).isEqualTo(404);
        assertThat(page.locator("main")).containsText("Not Found");
        assertThat(link(page, "Microblog")).isVisible();
    }
}
