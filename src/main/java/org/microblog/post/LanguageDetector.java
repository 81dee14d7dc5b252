package org.microblog.post;

import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.i18n.LdLocale;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import com.optimaize.langdetect.text.CommonTextObjectFactories;
import com.optimaize.langdetect.text.TextObjectFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The language a post is written in, detected offline when it is written (the original's
 * {@code langdetect}, here optimaize's port of the same n-gram profiles), among the six
 * languages of {@link #LANGUAGES}: only their profiles are loaded, which keeps the heap small
 * and the guesses among languages members write. A text with fewer than {@value #MIN_LETTERS}
 * letters once links, mentions and hashtags' marks are taken out, or whose best language is
 * less than {@value #MIN_PROBABILITY} likely, gets none, as the original's empty value.
 */
@Component
class LanguageDetector {

    /** The languages a post can be detected in, as ISO 639-1 codes. */
    static final List<String> LANGUAGES = List.of("en", "es", "fr", "de", "it", "pt");

    static final int MIN_LETTERS = 12;
    static final double MIN_PROBABILITY = 0.70;

    private static final Pattern LINKS = Pattern.compile("(?i)\\b(?:https?://|www\\.)\\S+");
    private static final Pattern MENTIONS = Pattern.compile("@[\\p{L}\\p{N}_.-]+");

    private final com.optimaize.langdetect.LanguageDetector detector;
    private final TextObjectFactory texts = CommonTextObjectFactories.forDetectingShortCleanText();

    LanguageDetector() {
        try {
            detector = LanguageDetectorBuilder.create(NgramExtractors.standard())
                    .withProfiles(new LanguageProfileReader().readBuiltIn(LANGUAGES.stream().map(LdLocale::fromString).toList()))
                    .seed(20_260_501L) // the same text gets the same language every time
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException("the language profiles are missing from the classpath", e);
        }
    }

    /** The text's language code ({@code "es"}), or null when it is too short or too ambiguous to tell. */
    @Nullable String detect(String text) {
        String words = MENTIONS.matcher(LINKS.matcher(text).replaceAll(" ")).replaceAll(" ").replace('#', ' ');
        if (words.codePoints().filter(Character::isLetter).count() < MIN_LETTERS) {
            return null;
        }
        List<DetectedLanguage> found = detector.getProbabilities(texts.forText(words));
        if (found.isEmpty() || found.get(0).getProbability() < MIN_PROBABILITY) {
            return null;
        }
        return found.get(0).getLocale().getLanguage();
    }
}
