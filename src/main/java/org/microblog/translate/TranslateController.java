package org.microblog.translate;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.microblog.core.ShortText;
import org.microblog.web.ErrorBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * {@code POST /translate}, the original's: {@code {"text", "source_language", "dest_language"}}
 * in, {@code {"text": …}} out, for signed-in members (CSRF token in the header, as every
 * {@code fetch()} of the pages). Every failure is a JSON {@link ErrorBody} with a short text in
 * the member's language: 400 for a request that is not one, 404 when the site has no translation
 * service (the feature is not there, which is not a server failure nor temporary, so not 503),
 * 422 when the service refuses the text, 429 when it or this site is busy, and 424 (Failed
 * Dependency) when it fails or does not answer within 5 s: the member's request was right, the
 * service it depends on let it down; never a 5xx, which would read as this site being broken.
 */
@RestController
class TranslateController {

    private static final Logger log = LoggerFactory.getLogger(TranslateController.class);
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");

    private final TranslationService translations;
    private final MessageSource texts;

    TranslateController(TranslationService translations, MessageSource texts) {
        this.translations = translations;
        this.texts = texts;
    }

    record TranslateResponse(String text) {
    }

    @PostMapping(path = "/translate", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> translate(@RequestBody JsonNode body, Locale locale) {
        if (!translations.available()) {
            return error(404, "translate.error.off", locale);
        }
        String text = field(body, "text");
        String from = language(field(body, "source_language"));
        String to = language(field(body, "dest_language"));
        if (text == null || text.isBlank() || text.strip().codePointCount(0, text.strip().length()) > ShortText.MAX) {
            return error(400, "translate.error.text", locale);
        }
        if (from == null || to == null) {
            return error(400, "translate.error.language", locale);
        }
        try {
            return ResponseEntity.ok(new TranslateResponse(translations.translate(text.strip(), from, to)));
        } catch (TranslationFailed failed) {
            log.warn("Translation from {} to {} failed: {}", from, to, failed.getMessage());
            return switch (failed.reason()) {
                case REFUSED -> error(422, "translate.error.refused", locale);
                case BUSY -> ResponseEntity.status(429).header("Retry-After", "10")
                        .body(ErrorBody.of(429, texts.getMessage("translate.error.busy", null, locale)));
                case UNAVAILABLE -> error(424, "translate.error.unavailable", locale);
                case TIMED_OUT -> error(424, "translate.error.timedOut", locale);
            };
        }
    }

    private ResponseEntity<ErrorBody> error(int status, String key, Locale locale) {
        return ResponseEntity.status(status).body(ErrorBody.of(status, texts.getMessage(key, null, locale)));
    }

    /** A string field; null when absent, null or of another type. */
    private static @Nullable String field(@Nullable JsonNode body, String name) {
        JsonNode value = body == null ? null : body.get(name);
        return value != null && value.isString() ? value.stringValue() : null;
    }

    /** A language as ISO 639 ({@code es}, also {@code es-MX} or {@code es_MX}, read as {@code es}); null otherwise. */
    private static @Nullable String language(@Nullable String code) {
        if (code == null) {
            return null;
        }
        String language = code.strip().toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
        return LANGUAGE.matcher(language).matches() ? language : null;
    }
}
