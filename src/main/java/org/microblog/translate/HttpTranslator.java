package org.microblog.translate;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.microblog.translate.TranslationFailed.Reason;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the three protocols share: a JSON POST over the JDK's HTTP client, with the time limit
 * on the connection and on the whole answer, and the service's status read the same way:
 * 429 (and DeepL's 456, quota used up) is busy, 401/403 a wrong key, another 4xx a refusal,
 * 5xx a failure.
 */
abstract class HttpTranslator implements Translator {

    private final HttpClient http;
    private final JsonMapper json;
    private final Duration timeout;

    HttpTranslator(JsonMapper json, Duration timeout) {
        this.json = json;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    JsonMapper json() {
        return json;
    }

    /** Posts {@code body} as JSON with {@code headers}; the answer's JSON, or a {@link TranslationFailed}. */
    JsonNode post(URI url, Map<String, String> headers, Object body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(timeout)
                .header("Content-Type", "application/json; charset=UTF-8").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body), StandardCharsets.UTF_8));
        headers.forEach(request::header);
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpTimeoutException e) {
            throw new TranslationFailed(Reason.TIMED_OUT, name() + " did not answer within " + timeout.toSeconds() + " s", e);
        } catch (IOException e) {
            throw new TranslationFailed(Reason.UNAVAILABLE, name() + " cannot be reached: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TranslationFailed(Reason.TIMED_OUT, name() + ": the wait was cut short", e);
        }
        int status = response.statusCode();
        if (status / 100 != 2) {
            String said = name() + " answered " + status + ": " + abbreviated(response.body());
            throw switch (status) {
                case 429, 456 -> new TranslationFailed(Reason.BUSY, said);
                case 401, 403 -> new TranslationFailed(Reason.UNAVAILABLE, said + " (is the key right?)");
                default -> new TranslationFailed(status / 100 == 4 ? Reason.REFUSED : Reason.UNAVAILABLE, said);
            };
        }
        try {
            return json.readTree(response.body());
        } catch (JacksonException e) {
            throw new TranslationFailed(Reason.UNAVAILABLE, name() + " answered something that is not JSON", e);
        }
    }

    /** The string at the end of a path of the answer, or a {@link TranslationFailed} naming what is missing. */
    String text(@org.jspecify.annotations.Nullable JsonNode node, String what) {
        if (node == null || !node.isString()) {
            throw new TranslationFailed(Reason.UNAVAILABLE, name() + "'s answer has no " + what);
        }
        return node.stringValue();
    }

    private static String abbreviated(String body) {
        String flat = body.replaceAll("\\s+", " ").strip();
        return flat.length() <= 200 ? flat : flat.substring(0, 200) + "…";
    }
}
