package org.microblog.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.RequestDispatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.microblog.testsupport.WebTests;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.RequestBuilder;

/**
 * Strict headers on every page, and markup that keeps within them: no inline script, no
 * event-handler attributes, nothing loaded from another host. Cookie flags need the real
 * server: see {@link ServerLimitsTests}.
 */
class SecurityHeadersTests extends WebTests {

    private static final Pattern INLINE_SCRIPT = Pattern.compile("<script\\b(?![^>]*\\bsrc\\s*=)[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern EVENT_HANDLER = Pattern.compile("<[a-z][^>]*\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);
    private static final Pattern SCRIPT_URL = Pattern.compile("=\\s*[\"']?\\s*javascript:", Pattern.CASE_INSENSITIVE);
    private static final Pattern ABSOLUTE_URL = Pattern.compile("(https?:)?//[^\"'\\s<>]+", Pattern.CASE_INSENSITIVE);

    @Test
    void pagesCarryTheSecurityHeaders() throws Exception {
        MockHttpServletResponse page = mvc.perform(get("/auth/login")).andReturn().getResponse();

        String csp = page.getHeader("Content-Security-Policy");
        assertThat(csp).isNotNull().contains("frame-ancestors 'none'").contains("object-src 'none'");
        assertThat(directive(csp, "script-src")).contains("'self'").doesNotContain("'unsafe-inline'")
                .doesNotContain("'unsafe-eval'");
        assertThat(page.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(page.getHeader("X-Frame-Options")).isEqualTo("DENY");
        assertThat(page.getHeader("Referrer-Policy")).isNotBlank();
    }

    @Test
    void errorPagesCarryTheSecurityHeadersToo() throws Exception {
        MockHttpServletResponse page = mvc.perform(get("/auth/nothing-here")).andReturn().getResponse();

        assertThat(page.getStatus()).isEqualTo(404);
        assertThat(page.getHeader("Content-Security-Policy")).contains("frame-ancestors 'none'");
        assertThat(page.getHeader("X-Frame-Options")).isEqualTo("DENY");
    }

    @Test
    void noPageHasInlineScriptOrLoadsFromAnotherHost() throws Exception {
        var john = members.john();
        List<RequestBuilder> pages = List.of(
                get("/auth/login"),
                get("/auth/login").header("Accept-Language", "es"),
                get("/auth/register"),
                post("/auth/register").with(csrf()).param("username", "").param("email", "bad").param("password", "a")
                        .param("password2", "b"),
                get("/auth/nothing-here"),
                get("/no/such/page").with(as(john)),
                get("/error").requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 403),
                get("/error").requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 500).with(as(john)));

        List<String> problems = new ArrayList<>();
        for (RequestBuilder request : pages) {
            MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
            assertThat(response.getContentType()).startsWith("text/html");
            problems.addAll(problems(response.getContentAsString()));
        }

        assertThat(problems).isEmpty();
    }

    @Test
    void theScanCatchesWhatItLooksFor() {
        assertThat(problems("<script>alert(1)</script>")).hasSize(1);
        assertThat(problems("<button onclick=\"x()\">")).hasSize(1);
        assertThat(problems("<a href=\"javascript:x()\">")).hasSize(1);
        assertThat(problems("<script src=\"https://cdn.example.com/x.js\"></script>")).hasSize(1);
        assertThat(problems("<link rel=\"stylesheet\" href=\"//cdn.example.com/x.css\">")).hasSize(1);
        assertThat(problems("<script src=\"/js/app.js\"></script><a href=\"https://example.com\" rel=\"nofollow\">"))
                .isEmpty();
    }

    private static List<String> problems(String html) {
        List<String> problems = new ArrayList<>();
        INLINE_SCRIPT.matcher(html).results().forEach(m -> problems.add("inline script: " + m.group()));
        EVENT_HANDLER.matcher(html).results().forEach(m -> problems.add("event handler: " + m.group()));
        SCRIPT_URL.matcher(html).results().forEach(m -> problems.add("javascript: URL: " + m.group()));
        Matcher url = ABSOLUTE_URL.matcher(html);
        while (url.find()) {
            String tag = enclosingTag(html, url.start());
            // Links in what members wrote carry rel="nofollow …"; nothing else may point elsewhere.
            if (!(tag.startsWith("<a ") && tag.contains(" rel=\""))) {
                problems.add("URL to another host: " + url.group() + " in " + tag);
            }
        }
        return problems;
    }

    private static String enclosingTag(String html, int at) {
        int open = html.lastIndexOf('<', at);
        int close = html.indexOf('>', at);
        return open < 0 || close < 0 || html.lastIndexOf('>', at) > open ? "(text)" : html.substring(open, close + 1);
    }

    private static String directive(String csp, String name) {
        for (String directive : csp.split(";")) {
            if (directive.strip().startsWith(name + " ")) {
                return directive.strip();
            }
        }
        return "";
    }
}
