package org.microblog.browser;

import com.microsoft.playwright.Page;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.LifecycleMethodExecutionExceptionHandler;

/**
 * When a browser test fails, saves a screenshot and the HTML of each of its open pages under
 * {@code target/browser-failures/} and prints where, whether the test or its {@code @BeforeEach}
 * failed. Runs before {@code @AfterEach} closes them.
 */
final class FailureArtifacts implements AfterTestExecutionCallback, LifecycleMethodExecutionExceptionHandler {

    static final Path DIRECTORY = Path.of("target", "browser-failures");

    @Override
    public void afterTestExecution(ExtensionContext context) {
        if (context.getExecutionException().isPresent()) {
            afterFailure(context);
        }
    }

    @Override
    public void handleBeforeEachMethodExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
        afterFailure(context);
        throw failure;
    }

    private static void afterFailure(ExtensionContext context) {
        context.getTestInstance()
                .filter(BrowserTests.class::isInstance)
                .map(BrowserTests.class::cast)
                .ifPresent(test -> save(test.openPages(), name(context)));
    }

    static String name(ExtensionContext context) {
        return context.getRequiredTestClass().getSimpleName() + "." + context.getRequiredTestMethod().getName();
    }

    /** Saves {@code name[-n].png} and {@code name[-n].html}, one pair per page. */
    static void save(List<Page> pages, String name) {
        for (int i = 0; i < pages.size(); i++) {
            Page page = pages.get(i);
            String base = name + (pages.size() > 1 ? "-" + (i + 1) : "");
            try {
                Files.createDirectories(DIRECTORY);
                Path screenshot = DIRECTORY.resolve(base + ".png").toAbsolutePath();
                Path html = DIRECTORY.resolve(base + ".html").toAbsolutePath();
                page.screenshot(new Page.ScreenshotOptions().setPath(screenshot).setFullPage(true));
                Files.writeString(html, page.content(), StandardCharsets.UTF_8);
                System.out.println("browser test failed at " + page.url() + "\n  screenshot: " + screenshot + "\n  html: " + html);
            } catch (Exception e) {
                System.out.println("browser test failed; could not save " + base + ": " + e.getMessage());
            }
        }
    }
}
