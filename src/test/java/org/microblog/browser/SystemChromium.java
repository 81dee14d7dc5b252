package org.microblog.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Debian's Chromium, driven by Playwright; never a browser that Playwright downloads. Browser
 * test classes are skipped, saying how to install it, on a machine without it.
 */
final class SystemChromium implements ExecutionCondition {

    static final Path EXECUTABLE = Path.of("/usr/bin/chromium");

    /** Quiet and offline: as root, no sandbox; no background traffic to the closed network. */
    private static final List<String> ARGS = List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync");

    private static final AtomicBoolean TOLD = new AtomicBoolean();

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (Files.isExecutable(EXECUTABLE)) {
            return ConditionEvaluationResult.enabled("Chromium found at " + EXECUTABLE);
        }
        String reason = "skipped: no Chromium at " + EXECUTABLE
                + "; install it with `apt-get install chromium` to run the browser tests";
        if (TOLD.compareAndSet(false, true)) {
            System.out.println("browser tests " + reason); // once in the build log, not only in the reports
        }
        return ConditionEvaluationResult.disabled(reason);
    }

    /** Starts Playwright's driver (bundled in its Maven artifact) without letting it fetch browsers. */
    static Playwright playwright() {
        return Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    }

    static Browser launch(Playwright playwright) {
        return playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(EXECUTABLE)
                .setHeadless(true)
                .setArgs(ARGS));
    }

    private SystemChromium() {
    }
}
