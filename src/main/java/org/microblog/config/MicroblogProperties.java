package org.microblog.config;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Every setting of the site, under {@code microblog.*}, one nested record per concern. The
 * values come from the original's environment variables through {@code application.properties}
 * ({@code microblog.mail.port=${MAIL_PORT:}}); each record parses the text in its binding
 * constructor and checks it in its compact constructor, so a value that cannot be used stops
 * startup with an {@link InvalidSettingException} naming the variable. Other classes take this
 * record (or read their part of it); nothing else reads the environment. {@code PORT} is the
 * exception: Spring Boot binds it as {@code server.port}, and {@code PortSetting} checks it first.
 *
 * <p>To add a variable (say {@code REDIS_URL}): a line in {@code application.properties}
 * ({@code microblog.redis.url=${REDIS_URL:}}), a component in the record of its concern (a new
 * record beside {@link MailSettings} for a new concern) with a {@code @Nullable String} parameter
 * in its {@code @ConstructorBinding} constructor that parses it through {@link SettingValues},
 * its check in the compact constructor, and a row in the README's Configuration table.
 *
 * @param site the site's own settings: host, page size, avatars, API tokens, secret key
 * @param database the database ({@code DATABASE_URL})
 * @param mail outgoing email ({@code MAIL_*}, {@code ADMINS})
 * @param languages the languages the interface speaks, the default first ({@code LANGUAGES}, default {@code en,es,fr,de})
 * @param notifications live notification streams ({@code NOTIFICATION_STREAMS_MAX})
 * @param translation the service posts are translated with ({@code LIBRETRANSLATE_URL}, {@code DEEPL_KEY}, {@code MS_TRANSLATOR_KEY}, …)
 * @param redis Redis for several instances ({@code REDIS_URL}, {@code REDIS_KEY_PREFIX}); unset: in-process
 */
@ConfigurationProperties("microblog")
public record MicroblogProperties(SiteSettings site, DatabaseSettings database, MailSettings mail, List<Locale> languages,
        NotificationSettings notifications, TranslationSettings translation, RedisSettings redis) {

    public static final String DEFAULT_LANGUAGES = "en,es,fr,de";

    public MicroblogProperties {
        languages = List.copyOf(languages);
        if (languages.isEmpty() || languages.stream().anyMatch(l -> l.getLanguage().isEmpty())) {
            throw new InvalidSettingException("LANGUAGES", "must list language codes separated by commas, such as en,es");
        }
    }

    /** From {@code application.properties}; a group left out entirely gets its defaults. */
    @ConstructorBinding
    MicroblogProperties(@DefaultValue SiteSettings site, @DefaultValue DatabaseSettings database,
            @DefaultValue MailSettings mail, @Nullable String languages, @DefaultValue NotificationSettings notifications,
            @DefaultValue TranslationSettings translation, @DefaultValue RedisSettings redis) {
        this(site, database, mail, languageList(languages), notifications, translation, redis);
    }

    private static List<Locale> languageList(@Nullable String languages) {
        String text = SettingValues.optional(languages);
        return Arrays.stream((text == null ? DEFAULT_LANGUAGES : text).split(",")).map(String::strip)
                .filter(s -> !s.isEmpty()).map(Locale::forLanguageTag).toList();
    }
}
