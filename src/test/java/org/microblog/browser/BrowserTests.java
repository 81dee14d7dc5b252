package org.microblog.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.options.AriaRole;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.microblog.testsupport.Members;
import org.microblog.testsupport.TestApplication;
import org.microblog.testsupport.TestDatabase;
import org.microblog.testsupport.TestReset;
import org.microblog.user.User;
import org.microblog.user.UserService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the browser tests: the whole site on a random port with its own SQLite file and a
 * GreenMail SMTP server (one application for all subclasses), Debian's Chromium launched once
 * per class, and a fresh browser context per test whose pages are guarded by {@link PageGuard}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith({SystemChromium.class, FailureArtifacts.class})
abstract class BrowserTests {

    private static Playwright playwright;
    static Browser browser;

    @DynamicPropertySource
    static void application(DynamicPropertyRegistry registry) {
        String url = TestDatabase.SQLITE.createDatabase();
        registry.add("DATABASE_URL", () -> url);
        registry.add("SECRET_KEY", () -> "browser-tests-secret-key-not-for-production");
        registry.add("MAIL_SERVER", () -> "127.0.0.1");
        registry.add("MAIL_PORT", TestMailbox::port);
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserService users;

    @Autowired
    List<TestReset> resets;

    /** The first member's page, in this test's first browser context. */
    Page page;
    PageGuard guard;
    private final List<BrowserContext> contexts = new ArrayList<>();

    @BeforeAll
    static void launchBrowser() {
        playwright = SystemChromium.playwright();
        browser = SystemChromium.launch(playwright);
    }

    @AfterAll
    static void closeBrowser() {
        if (playwright != null) {
            playwright.close();
            playwright = null;
        }
    }

    @BeforeEach
    void freshSiteAndContext() throws Exception {
        if (!browser.isConnected()) { // Chromium went away after the previous test: a new one, said in the log
            System.out.println("browser tests: Chromium disconnected; launching it again");
            browser = SystemChromium.launch(playwright);
        }
        TestApplication.clean(jdbc);
        resets.forEach(TestReset::reset);
        TestMailbox.empty();
        guard = new PageGuard(port);
        page = newPage();
    }

    @AfterEach
    void failOnPageProblemsAndClose(TestInfo test) {
        try {
            openPages().forEach(BrowserTests::roundTrip);
            List<String> problems = guard.problems();
            if (!problems.isEmpty()) {
                FailureArtifacts.save(openPages(), test.getTestClass().orElseThrow().getSimpleName() + "."
                        + test.getTestMethod().orElseThrow().getName());
                throw new AssertionError("the pages had problems:\n  " + String.join("\n  ", problems));
            }
        } finally {
            contexts.forEach(BrowserTests::close);
            contexts.clear();
        }
    }

    /**
     * A round trip to the page delivers the console and page events still on their way. A page
     * that closed meanwhile (or a browser that went away after the test's checks had passed) has
     * nothing more to deliver; the guard has recorded a crash if there was one.
     */
    private static void roundTrip(Page open) {
        try {
            open.title();
        } catch (PlaywrightException e) {
            if (!open.isClosed() && browser.isConnected()) {
                throw e;
            }
            System.out.println("browser tests: a page closed during the last round trip: " + e.getMessage().lines().findFirst().orElse(""));
        }
    }

    /**
     * Closes a context. A request the guard's route handler was still answering meets the closing
     * context (Playwright then reports the target closed from inside {@code close()}); the context is
     * closed either way, which is all the teardown wants.
     */
    private static void close(BrowserContext context) {
        try {
            context.close();
        } catch (PlaywrightException closing) {
            System.out.println("browser tests: a context closed while a request was routed: "
                    + closing.getMessage().lines().findFirst().orElse(""));
        }
    }

    /** A page in a new browser context: another person at another computer, English, guarded. */
    Page newPage() {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setBaseURL("http://127.0.0.1:" + port)
                .setLocale("en-US"));
        contexts.add(context);
        guard.watch(context);
        Page opened = context.newPage();
        guard.watch(opened);
        return opened;
    }

    List<Page> openPages() {
        return contexts.stream().flatMap(context -> context.pages().stream()).toList();
    }

    User member(String username) {
        return users.register(username, username + "@example.com", Members.PASSWORD);
    }

    /** Signs in through the form and lands on Home. */
    static void signIn(Page page, String username, String password) {
        page.navigate("/auth/login");
        page.getByLabel("Username", new Page.GetByLabelOptions().setExact(true)).fill(username);
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign In")).click();
        assertThat(heading(page)).hasText("Hi, " + username + "!");
    }

    static void signIn(Page page, String username) {
        signIn(page, username, Members.PASSWORD);
    }

    static Locator heading(Page page) {
        return page.locator("main h1");
    }

    static Locator flash(Page page) {
        return page.locator("main .alert");
    }

    static Locator link(Page page, String name) {
        return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    static Locator button(Locator scope, String name) {
        return scope.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(name).setExact(true));
    }
}
