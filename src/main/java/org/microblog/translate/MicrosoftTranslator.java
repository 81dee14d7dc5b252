package org.microblog.translate;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Microsoft Translator v3, as the original calls it: {@code POST /translate?api-version=3.0&from=&to=}
 * with the key in {@code Ocp-Apim-Subscription-Key} (and the resource's region in
 * {@code Ocp-Apim-Subscription-Region} when set), the body {@code [{"Text": …}]}, the answer's
 * {@code [0].translations[0].text}.
 */
class MicrosoftTranslator extends HttpTranslator {

    private final URI server;
    private final String key;
    private final @Nullable String region;

    MicrosoftTranslator(URI server, String key, @Nullable String region, JsonMapper json, Duration timeout) {
        super(json, timeout);
        this.server = server;
        this.key = key;
        this.region = region;
    }

    @Override
    public String name() {
        return "Microsoft Translator";
    }

    @Override
    public String translate(String text, String from, String to) {
        URI url = URI.create(server + "/translate?api-version=3.0&from=" + URLEncoder.encode(from, StandardCharsets.UTF_8)
                + "&to=" + URLEncoder.encode(to, StandardCharsets.UTF_8));
        Map<String, String> headers = new HashMap<>();
        headers.put("Ocp-Apim-Subscription-Key", key);
        if (region != null) {
            headers.put("Ocp-Apim-Subscription-Region", region);
        }
        JsonNode answer = post(url, headers, List.of(Map.of("Text", text)));
        return text(answer.path(0).path("translations").path(0).get("text"), "[0].translations[0].text");
    }
}
