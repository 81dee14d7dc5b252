package org.microblog.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.bind.ConstructorBinding;

/**
 * The translation service posts are translated with ({@code microblog.translation.*}): one of
 * LibreTranslate ({@code LIBRETRANSLATE_URL}, self-hostable), DeepL ({@code DEEPL_KEY}) or
 * Microsoft Translator ({@code MS_TRANSLATOR_KEY}, the original's), in that order when several
 * are set; none, and the site offers no translation.
 *
 * @param msTranslatorKey Microsoft Translator's subscription key ({@code MS_TRANSLATOR_KEY})
 * @param msTranslatorRegion its resource's region, for a regional or multi-service resource ({@code MS_TRANSLATOR_REGION})
 * @param msTranslatorUrl its endpoint ({@code MS_TRANSLATOR_URL}, default the global one)
 * @param libretranslateUrl a LibreTranslate server ({@code LIBRETRANSLATE_URL})
 * @param libretranslateKey its API key, when it asks for one ({@code LIBRETRANSLATE_KEY})
 * @param deeplKey DeepL's authentication key ({@code DEEPL_KEY})
 * @param deeplUrl DeepL's endpoint ({@code DEEPL_URL}, default the free API for a key ending
 *     {@code :fx}, else the Pro API)
 */
public record TranslationSettings(@Nullable String msTranslatorKey, @Nullable String msTranslatorRegion,
        URI msTranslatorUrl, @Nullable URI libretranslateUrl, @Nullable String libretranslateKey,
        @Nullable String deeplKey, URI deeplUrl) {

    public static final URI MICROSOFT = URI.create("https://api.cognitive.microsofttranslator.com");
    public static final URI DEEPL_FREE = URI.create("https://api-free.deepl.com");
    public static final URI DEEPL_PRO = URI.create("https://api.deepl.com");

    /** The services, in the order one is chosen when several are configured. */
    public enum Service {
        LIBRETRANSLATE, DEEPL, MICROSOFT, NONE
    }

    /** No translation. */
    public static TranslationSettings none() {
        return new TranslationSettings(null, null, MICROSOFT, null, null, null, DEEPL_PRO);
    }

    @ConstructorBinding
    TranslationSettings(@Nullable String msTranslatorKey, @Nullable String msTranslatorRegion,
            @Nullable String msTranslatorUrl, @Nullable String libretranslateUrl, @Nullable String libretranslateKey,
            @Nullable String deeplKey, @Nullable String deeplUrl) {
        this(SettingValues.optional(msTranslatorKey), SettingValues.optional(msTranslatorRegion),
                url("MS_TRANSLATOR_URL", msTranslatorUrl, MICROSOFT), optionalUrl("LIBRETRANSLATE_URL", libretranslateUrl),
                SettingValues.optional(libretranslateKey), SettingValues.optional(deeplKey),
                url("DEEPL_URL", deeplUrl, deeplDefault(SettingValues.optional(deeplKey))));
    }

    /** The service used: the first configured of {@link Service}'s order. */
    public Service service() {
        if (libretranslateUrl != null) {
            return Service.LIBRETRANSLATE;
        }
        if (deeplKey != null) {
            return Service.DEEPL;
        }
        return msTranslatorKey != null ? Service.MICROSOFT : Service.NONE;
    }

    public boolean configured() {
        return service() != Service.NONE;
    }

    /** The settings without the keys, which stay out of logs. */
    @Override
    public String toString() {
        return "TranslationSettings[service=" + service() + ", msTranslatorKey=" + hidden(msTranslatorKey)
                + ", msTranslatorRegion=" + msTranslatorRegion + ", msTranslatorUrl=" + msTranslatorUrl
                + ", libretranslateUrl=" + libretranslateUrl + ", libretranslateKey=" + hidden(libretranslateKey)
                + ", deeplKey=" + hidden(deeplKey) + ", deeplUrl=" + deeplUrl + "]";
    }

    private static String hidden(@Nullable String key) {
        return key == null ? "none" : "(set)";
    }

    private static URI deeplDefault(@Nullable String key) {
        return key != null && key.endsWith(":fx") ? DEEPL_FREE : DEEPL_PRO;
    }

    private static URI url(String variable, @Nullable String text, URI fallback) {
        URI url = optionalUrl(variable, text);
        return url == null ? fallback : url;
    }

    private static @Nullable URI optionalUrl(String variable, @Nullable String text) {
        String value = SettingValues.optional(text);
        if (value == null) {
            return null;
        }
        String accepted = "use an http or https URL such as https://translate.example.com";
        try {
            URI url = new URI(value.endsWith("/") ? value.substring(0, value.length() - 1) : value);
            String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || url.getHost() == null
                    || url.getQuery() != null || url.getFragment() != null) {
                throw new InvalidSettingException(variable, "'" + value + "' is not a service URL; " + accepted);
            }
            return url;
        } catch (URISyntaxException e) {
            throw new InvalidSettingException(variable, "'" + value + "' is not a URL; " + accepted);
        }
    }
}
