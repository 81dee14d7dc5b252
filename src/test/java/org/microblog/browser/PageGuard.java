package org.microblog.browser;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What must never happen on the site's pages: a JavaScript console error, an uncaught page
 * error, or a request to any host but the site under test (such requests are aborted).
 * Everything seen is recorded; the test fails afterwards if anything was.
 */
final class PageGuard {

    private final int port;
    private final List<String> problems = Collections.synchronizedList(new ArrayList<>());
    private final List<Pattern> expectedConsoleErrors = new ArrayList<>();

    PageGuard(int port) {
        this.port = port;
    }

    void watch(BrowserContext context) {
        context.route("**/*", route -> {
            String url = route.request().url();
            if (isSite(url)) {
                route.resume();
            } else {
                problems.add("request to another host: " + route.request().method() + " " + url);
                route.abort("blockedbyclient");
            }
        });
    }

    void watch(Page page) {
        page.onConsoleMessage(message -> {
            if ("error".equals(message.type()) && !expected(message.text())) {
                problems.add("console error on " + page.url() + ": " + message.text() + " (" + message.location() + ")");
            }
        });
        page.onPageError(error -> problems.add("page error on " + page.url() + ": " + error));
        page.onCrash(crashed -> problems.add("the page crashed on " + crashed.url()));
    }

    /** A console error this test provokes on purpose (a 404 page logs its status, for example). */
    void expectConsoleError(String regex) {
        expectedConsoleErrors.add(Pattern.compile(regex));
    }

    List<String> problems() {
        synchronized (problems) {
            return List.copyOf(problems);
        }
    }

    private boolean expected(String text) {
        return expectedConsoleErrors.stream().anyMatch(pattern -> pattern.matcher(text).find());
    }

    private boolean isSite(String url) {
        if (url.startsWith("data:") || url.startsWith("blob:")) {
            return true;
        }
        URI uri = URI.create(url);
        return "http".equals(uri.getScheme()) && uri.getPort() == port
                && ("127.0.0.1".equals(uri.getHost()) || "localhost".equals(uri.getHost()));
    }
}
