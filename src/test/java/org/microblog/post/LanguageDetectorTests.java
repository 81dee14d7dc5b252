package org.microblog.post;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The detector over the labelled corpus that ships with the tests ({@code languages/<code>.txt}:
 * 101 everyday posts per language, written for this test, each at most 140 characters), and on
 * texts too short or too mixed to tell.
 */
class LanguageDetectorTests {

    static LanguageDetector detector;

    @BeforeAll
    static void load() {
        detector = new LanguageDetector();
    }

    @Test
    void detectsAtLeast95PercentOfTheCorpusInEachLanguage() throws IOException {
        Map<String, Double> accuracy = new LinkedHashMap<>();
        for (String language : LanguageDetector.LANGUAGES) {
            List<String> texts = corpus(language);
            assertThat(texts).as("texts in %s", language).hasSizeGreaterThanOrEqualTo(100)
                    .allSatisfy(text -> assertThat(text.codePointCount(0, text.length())).isLessThanOrEqualTo(140));
            long right = 0;
            for (String text : texts) {
                String found = detector.detect(text);
                if (language.equals(found)) {
                    right++;
                } else {
                    System.out.println("  " + language + " taken for " + found + ": " + text);
                }
            }
            accuracy.put(language, 100.0 * right / texts.size());
            System.out.printf("Detection accuracy %s: %.1f%% (%d of %d texts)%n", language, 100.0 * right / texts.size(),
                    right, texts.size());
        }
        assertThat(accuracy).allSatisfy((language, percent) -> assertThat(percent).as(language).isGreaterThanOrEqualTo(95.0));
    }

    @Test
    void givesNoLanguageToTextsTooShortToTell() {
        assertThat(detector.detect("ok")).isNull();
        assertThat(detector.detect("lol 😂")).isNull();
        assertThat(detector.detect("12:30 ?")).isNull();
        assertThat(detector.detect("@susan https://example.com/a/very/long/link #tbt")).isNull();
    }

    @Test
    void givesNoLanguageToTextsWithoutLetters() {
        assertThat(detector.detect("🎉🎉🎉 2026-05-01 !!! 100% ++ --")).isNull();
    }

    @Test
    void readsTheWordsNotTheLinksAndNames() {
        assertThat(detector.detect("@john_smith mira esto que encontré ayer en el mercado https://example.com/photos/2026"))
                .isEqualTo("es");
        assertThat(detector.detect("Wir treffen uns morgen früh am Bahnhof, bringt bitte etwas zu essen mit #ausflug"))
                .isEqualTo("de");
    }

    @Test
    void keepsItsProfilesSmall() {
        Runtime runtime = Runtime.getRuntime();
        long before = used(runtime);
        // Four held at once, so the collector's noise is shared out among them.
        List<LanguageDetector> four = List.of(new LanguageDetector(), new LanguageDetector(), new LanguageDetector(),
                new LanguageDetector());
        long each = (used(runtime) - before) / four.size();
        assertThat(four).allSatisfy(held -> assertThat(held.detect("Une phrase en français pour garder le détecteur en vie"))
                .isEqualTo("fr"));
        System.out.printf("Detector heap: about %.1f MB for %d languages%n", each / (1024.0 * 1024),
                LanguageDetector.LANGUAGES.size());
        assertThat(each).isLessThan(50L * 1024 * 1024);
    }

    private static long used(Runtime runtime) {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private static List<String> corpus(String language) throws IOException {
        try (InputStream in = LanguageDetectorTests.class.getResourceAsStream("/languages/" + language + ".txt")) {
            assertThat(in).as("corpus of %s", language).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(line -> !line.isBlank()).toList();
        }
    }
}
