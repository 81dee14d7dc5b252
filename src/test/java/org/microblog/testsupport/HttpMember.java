package org.microblog.testsupport;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A member using the running site over real HTTP, with their own cookies, as a browser would. */
public final class HttpMember {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final String base;
    private final HttpClient client;

    private HttpMember(String base) {
        this.base = base;
        this.client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** A visitor who has not signed in (yet). */
    public static HttpMember visitor(String base) {
        return new HttpMember(base);
    }

    /** Signs in through the login form; fails if the site does not accept the password. */
    public static HttpMember signIn(String base, String username, String password) throws IOException, InterruptedException {
        HttpMember member = new HttpMember(base);
        HttpResponse<String> response = member.postForm("/auth/login", "/auth/login",
                Map.of("username", username, "password", password));
        String location = response.headers().firstValue("Location").orElse("");
        if (response.statusCode() != 302 || location.contains("/auth/login")) {
            throw new IllegalStateException("sign-in of " + username + " failed: " + response.statusCode() + " " + location);
        }
        return member;
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Posts a form the way the page at {@code formPage} does, with that page's CSRF token. */
    public HttpResponse<String> postForm(String formPage, String path, Map<String, String> fields)
            throws IOException, InterruptedException {
        Matcher token = CSRF.matcher(get(formPage).body());
        if (!token.find()) {
            throw new IllegalStateException("no CSRF token on " + formPage);
        }
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put("_csrf", token.group(1));
        String body = all.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return client.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpClient client() {
        return client;
    }

    public URI uri(String path) {
        return URI.create(base + path);
    }
}
