package org.microblog.post;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.microblog.web.Layout;
import org.microblog.web.Texts;
import org.springframework.context.support.StaticMessageSource;

class PostMarkupTests {

    static final PostView POST = new PostView(7, "hi", Instant.parse("2026-05-01T10:05:42.123456Z"), null, 3,
            "a<b&c", "/avatar/x?s=36");

    @Test
    void linksTheAuthorAndDatesThePostInsideOneTranslatedSentence() {
        String html = PostMarkup.said(layout(Locale.ENGLISH, "{0} said {1}"), POST);

        assertThat(html).isEqualTo("<a href=\"/user/a%3Cb&amp;c\" class=\"user-popup\">a&lt;b&amp;c</a> said "
                + "<time datetime=\"2026-05-01T10:05:42Z\" data-relative>2026-05-01 10:05 UTC</time>");
    }

    @Test
    void letsATranslationPutThePlaceholdersInItsOwnOrderAndEscapesItsText() {
        String html = PostMarkup.said(layout(Locale.GERMAN, "<b> {1} schrieb {0}"), POST);

        assertThat(html).startsWith("&lt;b&gt; <time datetime=").endsWith(" schrieb <a href=\"/user/a%3Cb&amp;c\" "
                + "class=\"user-popup\">a&lt;b&amp;c</a>");
    }


    private static Layout layout(Locale locale, String said) {
        var source = new StaticMessageSource();
        source.addMessage("post.said", locale, said);
        return new Layout(null, new Layout.Csrf("_csrf", "X-CSRF-TOKEN", ""), java.util.List.of(),
                new Texts(source, locale), "/index", () -> 0);
    }
}
