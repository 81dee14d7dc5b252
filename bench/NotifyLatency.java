// Measures how long a private message takes to reach the recipient's open page:
// member A sends N messages over HTTP while member B holds /notifications/stream open, and
// for each message the time from "A starts the POST" to "B's stream delivers the new count".
// Run with the site up:  bench/notify-latency [--base http://localhost:8080] [-n 200]
// Single-file Java program (java NotifyLatency.java), no dependencies.

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

public class NotifyLatency {

    static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    static final Pattern COUNT = Pattern.compile("\"data\":(\\d+)");

    public static void main(String[] args) throws Exception {
        String base = "http://localhost:8080";
        String streamBase = null;
        int n = 200;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--base" -> base = args[++i];
                case "--stream-base" -> streamBase = args[++i];
                case "-n" -> n = Integer.parseInt(args[++i]);
                default -> {
                    System.err.println("usage: notify-latency [--base URL] [--stream-base URL] [-n MESSAGES]");
                    System.exit(2);
                }
            }
        }
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Member a = Member.register(base, "bench_a_" + suffix);
        Member b = Member.register(base, "bench_b_" + suffix);

        BlockingQueue<Long> counts = new LinkedBlockingQueue<>();
        BlockingQueue<Long> arrivals = new LinkedBlockingQueue<>();
        // --stream-base: B's stream on another instance of the same site (sessions shared on Redis).
        HttpRequest stream = HttpRequest.newBuilder(URI.create((streamBase != null ? streamBase : base) + "/notifications/stream"))
                .header("Accept", "text/event-stream").build();
        b.client.sendAsync(stream, HttpResponse.BodyHandlers.ofLines()).thenAccept(response -> response.body()
                .filter(line -> line.startsWith("data:") && line.contains("unread_message_count"))
                .forEach(line -> {
                    long now = System.nanoTime();
                    Matcher m = COUNT.matcher(line);
                    if (m.find()) {
                        counts.add(Long.parseLong(m.group(1)));
                        arrivals.add(now);
                    }
                }));
        Thread.sleep(500); // let the stream connect

        String token = a.csrf("/send_message/" + b.username);
        List<Double> millis = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            long start = System.nanoTime();
            HttpResponse<String> sent = a.post("/send_message/" + b.username, token, Map.of("message", "ping " + i));
            if (sent.statusCode() != 302) {
                throw new IllegalStateException("send failed: " + sent.statusCode());
            }
            while (true) {
                Long count = counts.poll(10, TimeUnit.SECONDS);
                Long arrived = arrivals.poll(1, TimeUnit.SECONDS);
                if (count == null || arrived == null) {
                    throw new IllegalStateException("message " + i + " never reached the stream");
                }
                if (count == i) {
                    millis.add((arrived - start) / 1e6);
                    break;
                }
            }
        }
        Collections.sort(millis);
        System.out.printf("notify-latency: %d messages%s, send-to-event p50 %.1f ms, p99 %.1f ms, max %.1f ms%n", n,
                streamBase == null ? "" : " (stream on " + streamBase + ")",
                percentile(millis, 50), percentile(millis, 99), millis.get(millis.size() - 1));
        System.exit(0);
    }

    static double percentile(List<Double> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }

    record Member(String base, String username, HttpClient client) {

        static Member register(String base, String username) throws Exception {
            HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
            Member member = new Member(base, username, client);
            String password = "bench-" + username;
            member.post("/auth/register", member.csrf("/auth/register"), Map.of("username", username,
                    "email", username + "@example.com", "password", password, "password2", password));
            HttpResponse<String> signIn = member.post("/auth/login", member.csrf("/auth/login"),
                    Map.of("username", username, "password", password));
            if (signIn.headers().firstValue("Location").orElse("").contains("/auth/login")) {
                throw new IllegalStateException("cannot sign in as " + username);
            }
            return member;
        }

        String csrf(String page) throws Exception {
            String html = client.send(HttpRequest.newBuilder(URI.create(base + page)).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            Matcher m = CSRF.matcher(html);
            if (!m.find()) {
                throw new IllegalStateException("no CSRF token on " + page);
            }
            return m.group(1);
        }

        HttpResponse<String> post(String path, String token, Map<String, String> fields) throws Exception {
            Map<String, String> all = new LinkedHashMap<>(fields);
            all.put("_csrf", token);
            String body = all.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
            return client.send(HttpRequest.newBuilder(URI.create(base + path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}
