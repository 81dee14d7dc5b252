package org.microblog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.microblog.config.MicroblogProperties;

/**
 * Every bundle named in {@code spring.messages.basename} exists in English and in every other
 * language the site speaks by default ({@link MicroblogProperties#DEFAULT_LANGUAGES}: Spanish,
 * French, German) with the same keys, never blank where the English has text, and every text a
 * valid pattern with the same placeholders in every language.
 */
class I18nBundlesTests {

    private static final List<String> LANGUAGES = Arrays.stream(MicroblogProperties.DEFAULT_LANGUAGES.split(","))
            .filter(language -> !language.equals("en")).toList();
    /** Bean Validation's named placeholders ({max}); MessageFormat's are numbered ({0}). */
    private static final Pattern NAMED_PLACEHOLDER = Pattern.compile("\\{([a-zA-Z][a-zA-Z0-9.]*)}");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{},]+)[^{}]*}");

    @TestFactory
    List<DynamicTest> everyBundleHasTheSameKeysAndValidTextsInEveryLanguage() throws IOException {
        List<String> basenames = basenames();
        assertThat(basenames).contains("texts/layout", "texts/errors");
        assertThat(LANGUAGES).containsExactly("es", "fr", "de");
        List<DynamicTest> tests = new ArrayList<>();
        for (String basename : basenames) {
            for (String language : LANGUAGES) {
                tests.add(DynamicTest.dynamicTest(basename + " in " + language, () -> check(basename, language)));
            }
        }
        return tests;
    }

    private static void check(String basename, String language) throws IOException {
        Properties english = load(basename + ".properties");
        Properties translated = load(basename + "_" + language + ".properties");

        assertThat(translated.stringPropertyNames()).as("keys of %s_%s", basename, language)
                .containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
        for (String key : english.stringPropertyNames()) {
            String en = english.getProperty(key);
            String other = translated.getProperty(key);
            if (!en.isBlank()) {
                assertThat(other).as("%s in %s", key, language).isNotBlank();
            }
            assertValidPattern(basename, key, en);
            assertValidPattern(basename + "_" + language, key, other);
            assertThat(placeholders(other)).as("placeholders of %s in %s", key, language).isEqualTo(placeholders(en));
        }
    }

    private static void assertValidPattern(String bundle, String key, String text) {
        // Named placeholders are Bean Validation's; MessageFormat must read the rest.
        String pattern = NAMED_PLACEHOLDER.matcher(text).replaceAll("{0}");
        try {
            new MessageFormat(pattern);
        } catch (IllegalArgumentException e) {
            throw new AssertionError(bundle + ": " + key + " is not a valid message pattern: " + e.getMessage(), e);
        }
        if (pattern.contains("{0") && pattern.replace("''", "").contains("'")) {
            // MessageFormat drops a single quote (and quotes what follows) in a text with arguments.
            throw new AssertionError(bundle + ": " + key + " has arguments, so write its apostrophes as ''");
        }
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        PLACEHOLDER.matcher(text).results().forEach(m -> found.add(m.group(1).strip()));
        return found;
    }

    private static List<String> basenames() throws IOException {
        String value = load("application.properties").getProperty("spring.messages.basename");
        assertThat(value).as("spring.messages.basename").isNotBlank();
        return Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static Properties load(String resource) throws IOException {
        try (InputStream in = I18nBundlesTests.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            Properties properties = new Properties();
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
            return properties;
        }
    }
}
