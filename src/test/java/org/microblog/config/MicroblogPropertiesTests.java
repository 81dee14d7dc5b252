package org.microblog.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every environment variable, bound through the real {@code application.properties} lines into
 * {@link MicroblogProperties} ({@link Settings} is the same binding the server does, without
 * the server).
 */
class MicroblogPropertiesTests {

    private static MicroblogProperties with(String... variablesAndValues) {
        Map<String, String> environment = new HashMap<>();
        for (int i = 0; i < variablesAndValues.length; i += 2) {
            environment.put(variablesAndValues[i], variablesAndValues[i + 1]);
        }
        return Settings.of(environment);
    }

    @Test
    void withNothingSetEverySettingHasItsDefault() {
        MicroblogProperties properties = with();

        assertThat(properties.site().serverName()).isNull();
        assertThat(properties.site().postsPerPage()).isEqualTo(25);
        assertThat(properties.site().avatars()).isEqualTo(SiteSettings.Avatars.LOCAL);
        assertThat(properties.site().apiTokenLifetime()).isEqualTo(Duration.ofHours(1));
        assertThat(properties.site().secretKey()).isNull();
        assertThat(properties.database().url()).isEqualTo(DatabaseUrl.parse(DatabaseUrl.DEFAULT));
        assertThat(properties.languages()).containsExactly(Locale.ENGLISH, Locale.forLanguageTag("es"),
                Locale.FRENCH, Locale.GERMAN);
        assertThat(properties.translation()).isEqualTo(TranslationSettings.none());
        assertThat(properties.translation().configured()).isFalse();
        assertThat(properties.mail()).isEqualTo(new MailSettings(null, 25, false, null, null, List.of()));
        assertThat(properties.mail().enabled()).isFalse();
        assertThat(properties.mail().sender()).isEqualTo("no-reply@localhost");
    }

    @Test
    void blankIsTheSameAsUnset() {
        MicroblogProperties properties = with("SERVER_NAME", " ", "POSTS_PER_PAGE", "", "AVATARS", " ",
                "API_TOKEN_LIFETIME", "", "SECRET_KEY", "  ", "DATABASE_URL", "", "LANGUAGES", " ", "MAIL_SERVER", " ",
                "MAIL_PORT", "", "MAIL_USE_TLS", "", "MAIL_USERNAME", " ", "MAIL_PASSWORD", "", "ADMINS", " , ",
                "MS_TRANSLATOR_KEY", " ", "MS_TRANSLATOR_REGION", "", "MS_TRANSLATOR_URL", " ", "LIBRETRANSLATE_URL", "",
                "LIBRETRANSLATE_KEY", " ", "DEEPL_KEY", "", "DEEPL_URL", " ");

        assertThat(properties).isEqualTo(with());
    }

    @Test
    void readsEveryVariable() {
        MicroblogProperties properties = with("SERVER_NAME", "microblog.example.com:8443", "POSTS_PER_PAGE", " 10 ",
                "AVATARS", "Gravatar", "API_TOKEN_LIFETIME", "30m", "SECRET_KEY", "a secret key of some length",
                "DATABASE_URL", "postgresql://me:pw@db.example.com/microblog", "LANGUAGES", "es, en",
                "MAIL_SERVER", "smtp.example.com", "MAIL_PORT", "587", "MAIL_USE_TLS", "1", "MAIL_USERNAME", "me",
                "MAIL_PASSWORD", "secret", "ADMINS", "admin@example.com, ops@example.com");

        assertThat(properties.site()).isEqualTo(new SiteSettings("microblog.example.com:8443", 10,
                SiteSettings.Avatars.GRAVATAR, Duration.ofMinutes(30), new SecretKey("a secret key of some length")));
        assertThat(properties.database().url().jdbcUrl()).isEqualTo("jdbc:postgresql://db.example.com:5432/microblog");
        assertThat(properties.database().url().password()).isEqualTo("pw");
        assertThat(properties.languages()).containsExactly(Locale.forLanguageTag("es"), Locale.ENGLISH);
        assertThat(properties.mail()).isEqualTo(new MailSettings("smtp.example.com", 587, true, "me", "secret",
                List.of("admin@example.com", "ops@example.com")));
        assertThat(properties.mail().sender()).isEqualTo("admin@example.com");
    }

    @Test
    void secretsStayOutOfTheTextOfTheSettings() {
        MicroblogProperties properties = with("SECRET_KEY", "a secret key of some length", "MAIL_SERVER", "smtp.example.com",
                "MAIL_PASSWORD", "mail-password", "DATABASE_URL", "postgresql://me:db-password@db.example.com/microblog",
                "MS_TRANSLATOR_KEY", "ms-secret", "LIBRETRANSLATE_URL", "https://translate.example.com",
                "LIBRETRANSLATE_KEY", "libre-secret", "DEEPL_KEY", "deepl-secret");

        assertThat(properties.toString()).doesNotContain("a secret key", "mail-password", "db-password", "ms-secret",
                "libre-secret", "deepl-secret").contains("smtp.example.com", "https://translate.example.com");
    }

    @Test
    void readsTheTranslationVariables() {
        TranslationSettings microsoft = with("MS_TRANSLATOR_KEY", "ms-key", "MS_TRANSLATOR_REGION", "westeurope").translation();
        assertThat(microsoft.service()).isEqualTo(TranslationSettings.Service.MICROSOFT);
        assertThat(microsoft.msTranslatorKey()).isEqualTo("ms-key");
        assertThat(microsoft.msTranslatorRegion()).isEqualTo("westeurope");
        assertThat(microsoft.msTranslatorUrl()).isEqualTo(TranslationSettings.MICROSOFT);

        TranslationSettings libre = with("LIBRETRANSLATE_URL", "http://127.0.0.1:5000/", "LIBRETRANSLATE_KEY", "k").translation();
        assertThat(libre.service()).isEqualTo(TranslationSettings.Service.LIBRETRANSLATE);
        assertThat(libre.libretranslateUrl()).hasToString("http://127.0.0.1:5000");
        assertThat(libre.libretranslateKey()).isEqualTo("k");

        assertThat(with("DEEPL_KEY", "abc:fx").translation().deeplUrl()).isEqualTo(TranslationSettings.DEEPL_FREE);
        assertThat(with("DEEPL_KEY", "abc").translation().deeplUrl()).isEqualTo(TranslationSettings.DEEPL_PRO);
        assertThat(with("DEEPL_KEY", "abc", "DEEPL_URL", "http://localhost:9000").translation().deeplUrl())
                .hasToString("http://localhost:9000");
        assertThat(with("MS_TRANSLATOR_KEY", "x", "MS_TRANSLATOR_URL", "http://localhost:9001").translation().msTranslatorUrl())
                .hasToString("http://localhost:9001");
    }

    @Test
    void withSeveralTranslationServicesTheSelfHostedOneComesFirstThenDeepL() {
        assertThat(with("MS_TRANSLATOR_KEY", "m", "DEEPL_KEY", "d", "LIBRETRANSLATE_URL", "http://localhost:5000")
                .translation().service()).isEqualTo(TranslationSettings.Service.LIBRETRANSLATE);
        assertThat(with("MS_TRANSLATOR_KEY", "m", "DEEPL_KEY", "d").translation().service())
                .isEqualTo(TranslationSettings.Service.DEEPL);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "false", "No", "OFF"})
    void anExplicitNoLeavesTlsOff(String value) {
        assertThat(with("MAIL_SERVER", "localhost", "MAIL_USE_TLS", value).mail().useTls()).isFalse();
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            SERVER_NAME        | https://microblog.example.com/ | is not a host name
            SERVER_NAME        | microblog.example.com/path     | without scheme or path
            POSTS_PER_PAGE     | many                           | 'many' is not a whole number; use a whole number from 1 to 1000
            POSTS_PER_PAGE     | 0                              | 0 is out of range
            POSTS_PER_PAGE     | 1001                           | use a whole number from 1 to 1000
            AVATARS            | robohash                       | 'robohash' is not one of the choices; use local or gravatar
            API_TOKEN_LIFETIME | soon                           | 'soon' is not a duration; use a number with a unit
            API_TOKEN_LIFETIME | 0s                             | must be a positive duration
            API_TOKEN_LIFETIME | -1h                            | must be a positive duration
            SECRET_KEY         | short                          | is too short to be secret
            DATABASE_URL       | nonsense                       | cannot use 'nonsense'
            LANGUAGES          | #,$                            | must list language codes separated by commas
            MAIL_PORT          | smtp                           | 'smtp' is not a whole number
            MAIL_PORT          | 25.0                           | '25.0' is not a whole number
            MAIL_PORT          | 0                              | '0' is not a port; use a number from 1 to 65535
            MAIL_PORT          | 65536                          | '65536' is not a port
            ADMINS             | admin@example.com, not an address | 'not an address' is not an email address
            LIBRETRANSLATE_URL | translate.example.com          | is not a service URL
            LIBRETRANSLATE_URL | ftp://translate.example.com    | is not a service URL
            LIBRETRANSLATE_URL | http://exa mple.com            | is not a URL
            DEEPL_URL          | https://api.deepl.com/?x=1     | is not a service URL
            MS_TRANSLATOR_URL  | nonsense                       | is not a service URL
            """)
    void aValueThatCannotBeUsedStopsBindingNamingTheVariable(String variable, String value, String reason) {
        assertThatThrownBy(() -> with(variable, value))
                .isInstanceOfSatisfying(InvalidSettingException.class, e -> assertThat(e.variable()).isEqualTo(variable))
                .hasMessageStartingWith(variable + ": ")
                .hasMessageContaining(reason);
    }

    @Test
    void aWrongMailPortIsReportedEvenWithoutAMailServer() {
        // Checked whether or not mail is on, so the mistake shows before anyone sets MAIL_SERVER.
        assertThatThrownBy(() -> with("MAIL_PORT", "smtp"))
                .isInstanceOfSatisfying(InvalidSettingException.class, e -> assertThat(e.variable()).isEqualTo("MAIL_PORT"));
    }

    @Test
    void theDatabaseAloneIgnoresTheOtherVariables() {
        DatabaseSettings database = Settings.database(Map.of("DATABASE_URL", "mysql://root@localhost/microblog",
                "MAIL_PORT", "smtp", "POSTS_PER_PAGE", "many"));

        assertThat(database.url().kind()).isEqualTo(DatabaseUrl.Kind.MARIADB);
        assertThat(Settings.database(Map.of()).url()).isEqualTo(DatabaseUrl.parse(null));
        assertThatThrownBy(() -> Settings.database(Map.of("DATABASE_URL", "nonsense")))
                .isInstanceOf(InvalidSettingException.class).hasMessageStartingWith("DATABASE_URL: cannot use 'nonsense'");
    }
}
