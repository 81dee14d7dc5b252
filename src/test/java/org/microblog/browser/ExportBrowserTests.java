package org.microblog.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.assertions.LocatorAssertions;
import org.junit.jupiter.api.Test;
import org.microblog.post.PostService;
import org.microblog.user.User;
import org.springframework.beans.factory.annotation.Autowired;

/** "Export your posts" from the profile: the navigation bar shows the export's progress live and clears at 100%. */
class ExportBrowserTests extends BrowserTests {

    @Autowired
    PostService posts;

    @Test
    void theNavigationBarShowsTheExportGoingFromZeroToDoneWithoutAReload() {
        User alice = member("alice");
        for (int i = 0; i < 3000; i++) {
            posts.publish(alice.getId(), "post " + i + " of alice", "en");
        }
        signIn(page, "alice");
        page.locator("nav a.nav-link", new com.microsoft.playwright.Page.LocatorOptions().setHasText("Profile")).click();
        page.locator("main a[href='/export_posts']").click();
        assertThat(heading(page)).hasText("Export your posts");

        button(page.locator("main"), "Export your posts").click();

        // Back on the profile with the original's flash; the bar says the export runs, from 0%.
        assertThat(page.locator(".alert")).containsText("Exporting posts...");
        Locator task = page.locator("#task_progress");
        assertThat(task).isVisible();
        assertThat(task).containsText("Exporting posts…");
        page.evaluate("() => { window.notReloaded = true; }");
        // Done: the stream's last progress (100) clears it, on the same page.
        assertThat(task).isHidden(new LocatorAssertions.IsHiddenOptions().setTimeout(60_000));
        org.assertj.core.api.Assertions.assertThat(page.evaluate("() => window.notReloaded === true")).isEqualTo(true);
        page.reload();
        assertThat(task).isHidden();
    }
}
