package org.microblog.translate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.microblog.translate.TranslationFailed.Reason;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Each translator against an HTTP server in the test that speaks its service's protocol: the
 * request it sends (path, query, headers, JSON body), how it reads the answer, and what the
 * service's error codes and a slow answer become.
 */
class TranslatorProtocolTests {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final Duration LIMIT = Duration.ofSeconds(1);

    FakeTranslationService service;

    @BeforeEach
    void start() throws IOException {
        service = FakeTranslationService.libreTranslate();
    }

    @AfterEach
    void stop() {
        service.close();
    }

    static JsonNode json(String text) {
        return JSON.readTree(text);
    }

    static Reason reasonOf(Runnable call) {
        try {
            call.run();
        } catch (TranslationFailed failed) {
            return failed.reason();
        }
        throw new AssertionError("the call did not fail");
    }

    @Nested
    class LibreTranslate {

        LibreTranslator translator(String key) {
            return new LibreTranslator(service.url(), key, JSON, LIMIT);
        }

        @Test
        void postsTheTextAndLanguagesAsJsonAndReadsTranslatedText() {
            assertThat(translator(null).translate("Hola a todos", "es", "en")).isEqualTo("[en] Hola a todos");

            var request = service.lastRequest();
            assertThat(request.method()).isEqualTo("POST");
            assertThat(request.pathAndQuery()).isEqualTo("/translate");
            assertThat(request.header("Content-Type")).startsWith("application/json");
            assertThat(json(request.body())).isEqualTo(json("{\"q\":\"Hola a todos\",\"source\":\"es\",\"target\":\"en\",\"format\":\"text\"}"));
        }

        @Test
        void sendsTheApiKeyWhenThereIsOne() {
            translator("secret-key").translate("Hola", "es", "en");

            assertThat(json(service.lastRequest().body()).path("api_key").asString()).isEqualTo("secret-key");
        }

        @Test
        void readsTheServicesErrors() {
            LibreTranslator translator = translator(null);
            service.failing(400, "{\"error\":\"xx is not supported\"}");
            assertThat(reasonOf(() -> translator.translate("Hola", "es", "xx"))).isEqualTo(Reason.REFUSED);
            service.failing(403, "{\"error\":\"Invalid API key\"}");
            assertThat(reasonOf(() -> translator.translate("Hola", "es", "en"))).isEqualTo(Reason.UNAVAILABLE);
            service.failing(429, "{\"error\":\"Too many requests\"}");
            assertThat(reasonOf(() -> translator.translate("Hola", "es", "en"))).isEqualTo(Reason.BUSY);
            service.failing(500, "{\"error\":\"Internal error\"}");
            assertThat(reasonOf(() -> translator.translate("Hola", "es", "en"))).isEqualTo(Reason.UNAVAILABLE);
            service.failing(200, "<html>a proxy's page</html>");
            assertThat(reasonOf(() -> translator.translate("Hola", "es", "en"))).isEqualTo(Reason.UNAVAILABLE);
            service.failing(200, "{\"somethingElse\":1}");
            assertThat(reasonOf(() -> translator.translate("Hola", "es", "en"))).isEqualTo(Reason.UNAVAILABLE);
        }

        @Test
        void givesUpOnASlowAnswerAtTheLimit() {
            service.slow(Duration.ofSeconds(4), "{\"translatedText\":\"late\"}");
            long start = System.nanoTime();

            assertThat(reasonOf(() -> translator(null).translate("Hola", "es", "en"))).isEqualTo(Reason.TIMED_OUT);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
        }

        @Test
        void saysUnavailableWhenNothingListens() {
            LibreTranslator translator = translator(null);
            service.close();

            assertThat(reasonOf(() -> translator.translate("Hola", "es", "en"))).isEqualTo(Reason.UNAVAILABLE);
        }
    }

    @Nested
    class DeepL {

        DeepLTranslator translator() {
            return new DeepLTranslator(service.url(), "0123-abcd:fx", JSON, LIMIT);
        }

        @Test
        void postsToV2TranslateWithItsAuthorizationHeaderAndReadsTheFirstTranslation() {
            service.answering(request -> FakeTranslationService.ok(
                    "{\"translations\":[{\"detected_source_language\":\"ES\",\"text\":\"Hello everyone\"}]}"));

            assertThat(translator().translate("Hola a todos", "es", "en")).isEqualTo("Hello everyone");

            var request = service.lastRequest();
            assertThat(request.method()).isEqualTo("POST");
            assertThat(request.pathAndQuery()).isEqualTo("/v2/translate");
            assertThat(request.header("Authorization")).isEqualTo("DeepL-Auth-Key 0123-abcd:fx");
            assertThat(json(request.body())).isEqualTo(json("{\"text\":[\"Hola a todos\"],\"source_lang\":\"ES\",\"target_lang\":\"EN-US\"}"));
        }

        @Test
        void asksForTargetsInTheFormsDeepLTakes() {
            assertThat(DeepLTranslator.target("en")).isEqualTo("EN-US");
            assertThat(DeepLTranslator.target("pt")).isEqualTo("PT-BR");
            assertThat(DeepLTranslator.target("de")).isEqualTo("DE");
        }

        @Test
        void readsTheServicesErrorsIncludingItsQuotaCode() {
            DeepLTranslator translator = translator();
            service.failing(456, "{\"message\":\"Quota exceeded\"}");
            assertThat(reasonOf(() -> translator.translate("Hola", "es", "en"))).isEqualTo(Reason.BUSY);
            service.failing(429, "{\"message\":\"Too many requests\"}");
            assertThat(reasonOf(() -> translator.translate("Hola", "es", "en"))).isEqualTo(Reason.BUSY);
            service.failing(403, "{\"message\":\"Wrong key\"}");
            assertThat(reasonOf(() -> translator.translate("Hola", "es", "en"))).isEqualTo(Reason.UNAVAILABLE);
            service.failing(400, "{\"message\":\"Value for 'target_lang' not supported.\"}");
            assertThat(reasonOf(() -> translator.translate("Hola", "es", "xx"))).isEqualTo(Reason.REFUSED);
            service.failing(503, "");
            assertThat(reasonOf(() -> translator.translate("Hola", "es", "en"))).isEqualTo(Reason.UNAVAILABLE);
        }

        @Test
        void givesUpOnASlowAnswerAtTheLimit() {
            service.slow(Duration.ofSeconds(4), "{\"translations\":[{\"text\":\"late\"}]}");

            assertThat(reasonOf(() -> translator().translate("Hola", "es", "en"))).isEqualTo(Reason.TIMED_OUT);
        }
    }

    @Nested
    class Microsoft {

        MicrosoftTranslator translator(String region) {
            return new MicrosoftTranslator(service.url(), "ms-key", region, JSON, LIMIT);
        }

        @Test
        void postsToTranslateV3WithTheKeyAndRegionHeadersAndReadsTheFirstTranslation() {
            service.answering(request -> FakeTranslationService.ok(
                    "[{\"translations\":[{\"text\":\"Hello everyone\",\"to\":\"en\"}]}]"));

            assertThat(translator("westeurope").translate("Hola a todos", "es", "en")).isEqualTo("Hello everyone");

            var request = service.lastRequest();
            assertThat(request.method()).isEqualTo("POST");
            assertThat(request.pathAndQuery()).isEqualTo("/translate?api-version=3.0&from=es&to=en");
            assertThat(request.header("Ocp-Apim-Subscription-Key")).isEqualTo("ms-key");
            assertThat(request.header("Ocp-Apim-Subscription-Region")).isEqualTo("westeurope");
            assertThat(json(request.body())).isEqualTo(json("[{\"Text\":\"Hola a todos\"}]"));
        }

        @Test
        void sendsNoRegionHeaderWithoutARegion() {
            service.answering(request -> FakeTranslationService.ok("[{\"translations\":[{\"text\":\"Hi\",\"to\":\"en\"}]}]"));

            translator(null).translate("Hola", "es", "en");

            assertThat(service.lastRequest().headers().containsKey("Ocp-Apim-Subscription-Region")).isFalse();
        }

        @Test
        void readsTheServicesErrors() {
            MicrosoftTranslator translator = translator(null);
            service.failing(401, "{\"error\":{\"code\":401000,\"message\":\"credentials are missing or invalid\"}}");
            assertThat(reasonOf(() -> translator.translate("Hola", "es", "en"))).isEqualTo(Reason.UNAVAILABLE);
            service.failing(400, "{\"error\":{\"code\":400036,\"message\":\"The target language is not valid.\"}}");
            assertThat(reasonOf(() -> translator.translate("Hola", "es", "xx"))).isEqualTo(Reason.REFUSED);
            service.failing(429, "{\"error\":{\"code\":429000,\"message\":\"too many requests\"}}");
            assertThat(reasonOf(() -> translator.translate("Hola", "es", "en"))).isEqualTo(Reason.BUSY);
            service.failing(500, "{\"error\":{\"code\":500000,\"message\":\"An unexpected error occurred.\"}}");
            assertThat(reasonOf(() -> translator.translate("Hola", "es", "en"))).isEqualTo(Reason.UNAVAILABLE);
        }

        @Test
        void givesUpOnASlowAnswerAtTheLimit() {
            service.slow(Duration.ofSeconds(4), "[{\"translations\":[{\"text\":\"late\",\"to\":\"en\"}]}]");

            assertThat(reasonOf(() -> translator(null).translate("Hola", "es", "en"))).isEqualTo(Reason.TIMED_OUT);
        }
    }

    @Nested
    class Service {

        @Test
        void waitsAtMostFiveSecondsForTheServiceWhateverTheClientWould() {
            // A client that would wait a minute: the service's own limit still ends the wait at 5 s.
            TranslationService translations = new TranslationService(
                    Optional.of(new LibreTranslator(service.url(), null, JSON, Duration.ofMinutes(1))));
            service.slow(Duration.ofSeconds(8), "{\"translatedText\":\"late\"}");
            long start = System.nanoTime();

            assertThatThrownBy(() -> translations.translate("Hola", "es", "en")).isInstanceOfSatisfying(TranslationFailed.class,
                    failed -> assertThat(failed.reason()).isEqualTo(Reason.TIMED_OUT));
            Duration waited = Duration.ofNanos(System.nanoTime() - start);
            assertThat(waited).isGreaterThanOrEqualTo(TranslationService.TIMEOUT).isLessThan(Duration.ofSeconds(7));
            translations.stop();
        }

        @Test
        void translatesEachTextOnceThenAnswersFromTheCache() {
            TranslationService translations = new TranslationService(
                    Optional.of(new LibreTranslator(service.url(), null, JSON, LIMIT)));

            assertThat(translations.translate("Hola", "es", "en")).isEqualTo("[en] Hola");
            assertThat(translations.translate("Hola", "es", "en")).isEqualTo("[en] Hola");
            assertThat(translations.translate("Hola", "es", "fr")).isEqualTo("[fr] Hola");
            assertThat(service.requests()).hasSize(2);
            translations.stop();
        }

        @Test
        void aTextAlreadyInTheWantedLanguageIsNotSent() {
            TranslationService translations = new TranslationService(
                    Optional.of(new LibreTranslator(service.url(), null, JSON, LIMIT)));

            assertThat(translations.translate("Hello", "en", "en")).isEqualTo("Hello");
            assertThat(service.requests()).isEmpty();
            translations.stop();
        }

        @Test
        void saysBusyRatherThanQueueingWithoutEnd() throws Exception {
            TranslationService translations = new TranslationService(
                    Optional.of(new LibreTranslator(service.url(), null, JSON, Duration.ofSeconds(3))));
            service.slow(Duration.ofSeconds(2), "{\"translatedText\":\"late\"}");
            var callers = java.util.concurrent.Executors.newFixedThreadPool(TranslationService.CALLS + TranslationService.WAITING + 1);
            var busy = new java.util.concurrent.atomic.AtomicInteger();
            var calls = new java.util.ArrayList<java.util.concurrent.Future<?>>();
            for (int i = 0; i < TranslationService.CALLS + TranslationService.WAITING + 1; i++) {
                String text = "Hola " + i;
                calls.add(callers.submit(() -> {
                    try {
                        translations.translate(text, "es", "en");
                    } catch (TranslationFailed failed) {
                        if (failed.reason() == Reason.BUSY) {
                            busy.incrementAndGet();
                        }
                    }
                }));
            }
            for (var call : calls) {
                call.get();
            }
            callers.shutdown();
            assertThat(busy.get()).isGreaterThanOrEqualTo(1);
            translations.stop();
        }

        @Test
        void withoutAServiceItIsNotAvailable() {
            TranslationService translations = new TranslationService(Optional.empty());

            assertThat(translations.available()).isFalse();
            assertThat(reasonOf(() -> translations.translate("Hola", "es", "en"))).isEqualTo(Reason.UNAVAILABLE);
            translations.stop();
        }
    }
}
