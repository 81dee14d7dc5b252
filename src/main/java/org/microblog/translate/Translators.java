package org.microblog.translate;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.microblog.config.TranslationSettings;
import tools.jackson.databind.json.JsonMapper;

/** The translator the settings choose, if any. */
final class Translators {

    private Translators() {
    }

    static Optional<Translator> from(TranslationSettings settings, JsonMapper json, Duration timeout) {
        return Optional.ofNullable(switch (settings.service()) {
            case LIBRETRANSLATE -> new LibreTranslator(Objects.requireNonNull(settings.libretranslateUrl()),
                    settings.libretranslateKey(), json, timeout);
            case DEEPL -> new DeepLTranslator(settings.deeplUrl(), Objects.requireNonNull(settings.deeplKey()), json, timeout);
            case MICROSOFT -> new MicrosoftTranslator(settings.msTranslatorUrl(),
                    Objects.requireNonNull(settings.msTranslatorKey()), settings.msTranslatorRegion(), json, timeout);
            case NONE -> null;
        });
    }
}
