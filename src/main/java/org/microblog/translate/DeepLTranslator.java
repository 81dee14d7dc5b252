package org.microblog.translate;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * DeepL's API v2 ({@code POST /v2/translate}, {@code Authorization: DeepL-Auth-Key …}, a JSON
 * body with {@code text} as a list and upper-case languages; the answer's
 * {@code translations[0].text}). English and Portuguese must be asked for as a variant
 * ({@code EN-US}, {@code PT-BR}): DeepL no longer takes the bare codes as targets.
 */
class DeepLTranslator extends HttpTranslator {

    private final URI url;
    private final String key;

    DeepLTranslator(URI server, String key, JsonMapper json, Duration timeout) {
        super(json, timeout);
        this.url = URI.create(server + "/v2/translate");
        this.key = key;
    }

    @Override
    public String name() {
        return "DeepL";
    }

    @Override
    public String translate(String text, String from, String to) {
        Map<String, Object> body = Map.of("text", List.of(text), "source_lang", from.toUpperCase(Locale.ROOT),
                "target_lang", target(to));
        JsonNode answer = post(url, Map.of("Authorization", "DeepL-Auth-Key " + key), body);
        return text(answer.path("translations").path(0).get("text"), "translations[0].text");
    }

    static String target(String language) {
        return switch (language) {
            case "en" -> "EN-US";
            case "pt" -> "PT-BR";
            default -> language.toUpperCase(Locale.ROOT);
        };
    }
}
