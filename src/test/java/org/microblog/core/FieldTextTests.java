package org.microblog.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How every rule cleans and counts a text; {@code static/js/app.js} counts the same way. */
class FieldTextTests {

    @Test
    void dropsJavasWhiteSpaceAndUnicodeSpaceSeparatorsAroundTheText() {
        assertThat(FieldText.clean(" \t\n\u00A0\u2007\u202F\u3000\u2028 a b \u001F\r\n")).isEqualTo("a b");
    }

    @Test
    void keepsWhatJavaScriptsTrimKeepsToo() {
        // The byte-order mark is no white space to Java; app.js leaves it as well.
        assertThat(FieldText.clean("\uFEFFa")).isEqualTo("\uFEFFa");
        assertThat(FieldText.clean("\u200Ba")).isEqualTo("\u200Ba");
    }

    @Test
    void turnsEachLineBreakIntoOneNewline() {
        assertThat(FieldText.clean("a\r\nb\rc\nd")).isEqualTo("a\nb\nc\nd");
    }

    @Test
    void countsCodePoints() {
        assertThat(FieldText.length("\uD83D\uDE00e\u0301")).isEqualTo(3);
        assertThat(FieldText.browserMaxLength(ShortText.MAX)).isEqualTo(280);
    }
}
