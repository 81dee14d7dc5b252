package org.microblog.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.microblog.post.PostService;
import org.microblog.user.User;
import org.springframework.beans.factory.annotation.Autowired;

/** The search box of the navigation bar, as a member uses it, on a desktop and on a phone. */
class SearchBrowserTests extends BrowserTests {

    @Autowired
    PostService posts;

    @Test
    void theSearchBoxFindsPostsMembersAndHashtags() {
        User john = member("john");
        member("javafan");
        posts.publish(john.getId(), "learning #java with <b>friends</b>", "en");
        posts.publish(john.getId(), "coffee and java beans", "en");
        signIn(page, "john");

        searchBox(page).fill("java");
        searchBox(page).press("Enter");

        assertThat(heading(page)).hasText("Search");
        assertThat(page.locator(".members a")).hasText("javafan");
        assertThat(page.locator(".posts .post")).hasCount(2);
        assertThat(page.locator(".posts mark").first()).hasText("java");

        page.locator("main input[type=search]").fill("#java");
        page.locator("main input[type=search]").press("Enter");
        assertThat(page.locator(".posts .post")).hasCount(1);
        // the post's markup is shown as text, not made into elements
        assertThat(page.locator(".posts .post-body")).containsText("learning #java with <b>friends</b>");
        assertThat(page.locator(".posts .post-body b")).hasCount(0);
    }

    @Test
    void onAPhoneTheSearchBoxIsInTheMenu() {
        member("john");
        page.setViewportSize(PhoneBrowserTests.WIDTH, 844);
        signIn(page, "john");

        page.locator(".navbar-toggler").click();
        searchBox(page).fill("nothing here");
        searchBox(page).press("Enter");

        assertThat(page.locator("main")).containsText("No posts match");
    }

    private static Locator searchBox(Page page) {
        return page.locator("nav").getByRole(AriaRole.SEARCHBOX);
    }
}
