package org.microblog.translate;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * LibreTranslate ({@code POST /translate} with {@code q}, {@code source}, {@code target},
 * {@code format} and, when the server asks for one, {@code api_key}; the answer's
 * {@code translatedText}), self-hostable, so a community can translate without a cloud.
 */
class LibreTranslator extends HttpTranslator {

    private final URI url;
    private final @Nullable String key;

    LibreTranslator(URI server, @Nullable String key, JsonMapper json, Duration timeout) {
        super(json, timeout);
        this.url = URI.create(server + "/translate");
        this.key = key;
    }

    @Override
    public String name() {
        return "LibreTranslate";
    }

    @Override
    public String translate(String text, String from, String to) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("q", text);
        body.put("source", from);
        body.put("target", to);
        body.put("format", "text");
        if (key != null) {
            body.put("api_key", key);
        }
        return text(post(url, Map.of(), body).get("translatedText"), "translatedText");
    }
}
