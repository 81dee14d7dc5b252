package org.microblog.web;

import static org.assertj.core.api.Assertions.assertThat;

import gg.jte.Content;
import gg.jte.html.OwaspHtmlTemplateOutput;
import gg.jte.output.StringOutput;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.context.support.StaticMessageSource;

/** Texts as templates write them: escaped, with their arguments in place, plural-correct in every language. */
class TextsTests {

    private static final Locale SPANISH = Locale.forLanguageTag("es");

    @Test
    void putsHtmlArgumentsInsideOneTranslatedSentenceAndEscapesTheRest() {
        Texts texts = texts(Locale.ENGLISH, "post.said", "{0} said <{1}>");
        Content link = output -> output.writeContent("<a href=\"/user/x\">x</a>");

        assertThat(render(texts.localize("post.said", link, "a<b&c")))
                .isEqualTo("<a href=\"/user/x\">x</a> said &lt;a&lt;b&amp;c&gt;");
    }

    @Test
    void letsATranslationPutThePlaceholdersInItsOwnOrder() {
        Texts texts = texts(Locale.GERMAN, "post.said", "{1} schrieb {0}");

        assertThat(render(texts.localize("post.said", "john", "gestern"))).isEqualTo("gestern schrieb john");
    }

    @Test
    void anUnknownKeyShowsTheKeyRatherThanFailing() {
        assertThat(render(texts(Locale.ENGLISH, "a", "b").localize("no.such.key"))).isEqualTo("no.such.key");
    }

    @ParameterizedTest
    @CsvSource({
            "en, 0, '0 followers, 3 following'", "en, 1, '1 follower, 3 following'", "en, 2, '2 followers, 3 following'",
            "en, 1500, '1,500 followers, 3 following'",
            "es, 0, '0 seguidores, siguiendo a 3'", "es, 1, '1 seguidor, siguiendo a 3'",
            "es, 2, '2 seguidores, siguiendo a 3'"})
    void countsFollowersInTheRightNumber(String language, long followers, String expected) {
        assertThat(render(bundles(language).localize("profile.counts", followers, 3L))).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
            "en, 1, 'Try again in 1 minute.'", "en, 5, 'Try again in 5 minutes.'",
            "es, 1, 'Vuelve a intentarlo en 1 minuto.'", "es, 5, 'Vuelve a intentarlo en 5 minutos.'"})
    void countsTheMinutesToWaitInTheRightNumber(String language, long minutes, String expected) {
        assertThat(render(bundles(language).localize("auth.login.throttled", minutes))).endsWith(expected);
    }

    @ParameterizedTest
    @CsvSource({
            "en, 1, 'The link expires in 1 minute.'", "en, 10, 'The link expires in 10 minutes.'",
            "es, 1, 'El enlace caduca en 1 minuto.'", "es, 10, 'El enlace caduca en 10 minutos.'"})
    void countsTheMinutesALinkLastsInTheRightNumber(String language, long minutes, String expected) {
        assertThat(bundles(language).plain("auth.reset.email.expires", minutes)).isEqualTo(expected);
    }

    @Test
    void spanishAsksToSaySomethingWithoutAnAccent() {
        assertThat(render(bundles("es").localize("post.label"))).isEqualTo("Di algo");
    }

    private static Texts texts(Locale locale, String key, String text) {
        var source = new StaticMessageSource();
        source.addMessage(key, locale, text);
        source.setUseCodeAsDefaultMessage(true);
        return new Texts(source, locale);
    }

    /** The bundles as the application reads them ({@code spring.messages.*}). */
    private static Texts bundles(String language) {
        var source = new ResourceBundleMessageSource();
        source.setBasenames("texts/layout", "texts/auth", "texts/user", "texts/post", "texts/message", "texts/errors");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return new Texts(source, "es".equals(language) ? SPANISH : Locale.ENGLISH);
    }

    static String render(Content content) {
        var output = new StringOutput();
        content.writeTo(new OwaspHtmlTemplateOutput(output));
        return output.toString();
    }
}
