package org.microblog.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.microblog.auth.LoginThrottle;
import org.microblog.testsupport.Members;

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
        assertThat(flash(page)).hasText("You have been signed out.");
        assertThat(link(page, "Login")).isVisible();
        page.navigate("/index");
        assertThat(heading(page)).hasText("Sign In");
    }

    @Test
    void aThrottledSignInShowsTheSignInPageSayingHowLongToWait() {
        member("john");
        for (int i = 0; i < LoginThrottle.MAX_ACCOUNT_FAILURES; i++) {
            page.navigate("/auth/login");
            page.getByLabel("Username", new Page.GetByLabelOptions().setExact(true)).fill("john");
            page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill("wrong" + i);
            button(page.locator("main"), "Sign In").click();
            assertThat(flash(page)).hasText("Invalid username or password");
        }
        guard.expectConsoleError("status of 429");

        page.getByLabel("Username", new Page.GetByLabelOptions().setExact(true)).fill("john");
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(Members.PASSWORD);
        Response answer = page.waitForResponse(response -> response.url().endsWith("/auth/login"),
                () -> button(page.locator("main"), "Sign In").click());

        org.assertj.core.api.Assertions.assertThat(answer.status()).isEqualTo(429);
        org.assertj.core.api.Assertions.assertThat(answer.headers()).containsKey("retry-after");
        assertThat(heading(page)).hasText("Sign In");
        assertThat(page.locator("main .alert-warning")).hasText(
                "Too many failed sign-in attempts. Try again in 5 minutes.");
        assertThat(link(page, "Microblog")).isVisible();
        assertThat(page.getByLabel("Username", new Page.GetByLabelOptions().setExact(true))).hasValue("john");
    }
}
