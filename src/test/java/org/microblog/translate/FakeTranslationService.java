package org.microblog.translate;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * A translation service inside the test: a real HTTP server (the JDK's) on a free port that
 * records each request and answers as the test says, by default as the protocol's service
 * would ({@link #answering}); {@link #failing} and {@link #slow} make it misbehave.
 */
public final class FakeTranslationService implements AutoCloseable {

    /** One request as the server saw it. */
    public record Request(String method, String pathAndQuery, Headers headers, String body) {
        public String header(String name) {
            return headers.getFirst(name);
        }
    }

    /** An answer: status, JSON body, and how long to wait before sending it. */
    public record Answer(int status, String body, Duration delay) {
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private volatile Function<Request, Answer> answers;
    private final Function<Request, Answer> usual;

    private FakeTranslationService(Function<Request, Answer> answers) throws IOException {
        this.answers = answers;
        this.usual = answers;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(threads);
        server.createContext("/", this::handle);
        server.start();
    }

    /** A LibreTranslate server: {@code POST /translate} → {@code {"translatedText": "[target] q"}}. */
    public static FakeTranslationService libreTranslate() throws IOException {
        return new FakeTranslationService(request -> ok("{\"translatedText\":" + quoted(marked(request, "target", "q")) + "}"));
    }

    public URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    public List<Request> requests() {
        return requests;
    }

    public Request lastRequest() {
        return requests.get(requests.size() - 1);
    }

    /** Forgets the requests and answers as the protocol's service would again. */
    public void reset() {
        requests.clear();
        answers = usual;
    }

    /** As the protocol's service would. */
    public Answer usualAnswer(Request request) {
        return usual.apply(request);
    }

    /** From now on, answers with {@code answers}. */
    public FakeTranslationService answering(Function<Request, Answer> answers) {
        this.answers = answers;
        return this;
    }

    public FakeTranslationService failing(int status, String body) {
        return answering(request -> new Answer(status, body, Duration.ZERO));
    }

    public FakeTranslationService slow(Duration delay, String body) {
        return answering(request -> new Answer(200, body, delay));
    }

    public static Answer ok(String body) {
        return new Answer(200, body, Duration.ZERO);
    }

    /** "[en] text" from a JSON body's two string fields: what the fake "translates" to. */
    static String marked(Request request, String target, String text) {
        var json = tools.jackson.databind.json.JsonMapper.builder().build().readTree(request.body());
        return "[" + json.path(target).asString() + "] " + json.path(text).asString();
    }

    static String quoted(String text) {
        return tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(text);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            Request request = new Request(exchange.getRequestMethod(), exchange.getRequestURI().toString(),
                    exchange.getRequestHeaders(), new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            requests.add(request);
            Answer answer = answers.apply(request);
            if (!answer.delay().isZero()) {
                try {
                    Thread.sleep(answer.delay().toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(answer.status(), body.length == 0 ? -1 : body.length);
            if (body.length > 0) {
                exchange.getResponseBody().write(body);
            }
        } catch (IOException | RuntimeException e) {
            // the client went away (a timeout): nothing to answer
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
