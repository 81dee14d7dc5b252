package org.microblog.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Registering, signing in and out, posting, editing the profile, resetting the password by email. */
class AccountBrowserTests extends BrowserTests {

    private static final Pattern RESET_LINK = Pattern.compile("http://[^\\s\"<>]+/auth/reset_password/[^\\s\"<>]+");

    @Test
    void aNewMemberRegistersSignsInAndFindsTheirPostOnHomeAndExplore() {
        page.navigate("/index");
        assertThat(heading(page)).hasText("Sign In");
        link(page, "Click to Register!").click();
        page.locator("#username").fill("ann");
        page.locator("#email").fill("ann@example.com");
        page.locator("#password").fill("secret");
        page.locator("#password2").fill("secret");
        button(page.locator("main"), "Register").click();
        assertThat(flash(page)).hasText("Congratulations, you are now a registered user!");

        signIn(page, "ann", "secret");
        page.locator("#post").fill("my very first post");
        button(page.locator("main"), "Submit").click();

        assertThat(flash(page)).hasText("Your post is now live!");
        assertThat(page.locator(".post .post-body")).hasText("my very first post");
        link(page, "Explore").click();
        assertThat(page).hasTitle("Explore - Microblog");
        assertThat(page.locator(".post .post-body")).hasText("my very first post");
        assertThat(page.locator(".post a.user-popup")).hasText("ann");
    }

    @Test
    void editingTheProfileShowsTheNewAboutMeOnTheProfile() {
        member("john");
        signIn(page, "john");

        link(page, "Profile").click();
        assertThat(heading(page)).hasText("User: john");
        link(page, "Edit your profile").click();
        page.locator("#about_me").fill("I like cats.");
        button(page.locator("main"), "Submit").click();

        assertThat(flash(page)).hasText("Your changes have been saved.");
        assertThat(page.locator("#about_me")).hasValue("I like cats.");
        link(page, "Profile").click();
        assertThat(page.locator(".profile .about-me")).hasText("I like cats.");
    }

    @Test
    void theLinkInTheResetEmailSetsANewPassword() {
        member("john");

        page.navigate("/auth/login");
        link(page, "Click to Reset It").click();
        page.locator("#email").fill("john@example.com");
        button(page.locator("main"), "Request Password Reset").click();
        assertThat(flash(page)).hasText("Check your email for the instructions to reset your password");

        page.navigate(TestMailbox.linkInOnlyEmail(RESET_LINK));
        assertThat(heading(page)).hasText("Reset Your Password");
        page.locator("#password").fill("dog");
        page.locator("#password2").fill("dog");
        button(page.locator("main"), "Request Password Reset").click();
        assertThat(flash(page)).hasText("Your password has been reset.");

        signIn(page, "john", "dog");
    }

    @Test
    void signingOutLeavesOnlyTheSignInPage() {
        member("john");
        signIn(page, "john");

        button(page.locator("nav"), "Logout").click();

        assertThat(heading(page)).hasText("Sign In");
        assertThat(link(page, "Login")).isVisible();
        page.navigate("/index");
        assertThat(heading(page)).hasText("Sign In");
    }
}
