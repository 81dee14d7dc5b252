package org.microblog.web;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.microblog.testsupport.WebTests;

/** The browser's language unless the visitor chose one; English when the site does not speak it. */
class LanguageTests extends WebTests {

    @Test
    void followsTheBrowsersLanguage() throws Exception {
        mvc.perform(get("/auth/login").header("Accept-Language", "es-MX,es;q=0.9,en;q=0.5"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<html lang=\"es\">")))
                .andExpect(content().string(containsString("<h1>Ingresar</h1>")))
                .andExpect(content().string(containsString("Idioma:")));
    }

    @Test
    void fallsBackToEnglishForALanguageTheSiteDoesNotSpeak() throws Exception {
        mvc.perform(get("/auth/login").header("Accept-Language", "ja"))
                .andExpect(content().string(containsString("<html lang=\"en\">")))
                .andExpect(content().string(containsString("<h1>Sign In</h1>")));
    }

    @Test
    void takesTheFirstSpokenLanguageOfTheBrowsersList() throws Exception {
        mvc.perform(get("/auth/login").header("Accept-Language", "ja,es;q=0.8,en;q=0.5"))
                .andExpect(content().string(containsString("<h1>Ingresar</h1>")));
    }

    @Test
    void speaksFrenchAndGermanToo() throws Exception {
        mvc.perform(get("/auth/login").header("Accept-Language", "fr-CA,fr;q=0.9"))
                .andExpect(content().string(containsString("<html lang=\"fr\">")))
                .andExpect(content().string(containsString("<h1>Connexion</h1>")))
                .andExpect(content().string(containsString("Langue :")));
        mvc.perform(get("/auth/login").header("Accept-Language", "de-AT,de;q=0.9,en;q=0.5"))
                .andExpect(content().string(containsString("<html lang=\"de\">")))
                .andExpect(content().string(containsString("<h1>Anmelden</h1>")));
        mvc.perform(get("/auth/login").param("lang", "de").header("Accept-Language", "en"))
                .andExpect(cookie().value(LanguageResolver.COOKIE, "de"))
                .andExpect(content().string(containsString("Sprache:")));
    }

    @Test
    void theFooterLinksEachLanguageOfTheSettingInItsOwnName() throws Exception {
        mvc.perform(get("/auth/login").header("Accept-Language", "en"))
                .andExpect(content().string(containsString("lang=\"en\" hreflang=\"en\">English</a>")))
                .andExpect(content().string(containsString("lang=\"es\" hreflang=\"es\">Español</a>")))
                .andExpect(content().string(containsString("lang=\"fr\" hreflang=\"fr\">Français</a>")))
                .andExpect(content().string(containsString("lang=\"de\" hreflang=\"de\">Deutsch</a>")));
    }

    @Test
    void choosingALanguageSwitchesAndRemembersIt() throws Exception {
        mvc.perform(get("/auth/login").param("lang", "es").header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(cookie().value(LanguageResolver.COOKIE, "es"))
                .andExpect(cookie().httpOnly(LanguageResolver.COOKIE, true))
                .andExpect(content().string(containsString("<h1>Ingresar</h1>")));

        mvc.perform(get("/auth/login").cookie(new Cookie(LanguageResolver.COOKIE, "es")).header("Accept-Language", "en"))
                .andExpect(content().string(containsString("<h1>Ingresar</h1>")));
    }

    @Test
    void anUnsupportedChoiceKeepsTheCurrentLanguage() throws Exception {
        mvc.perform(get("/auth/login").param("lang", "xx").cookie(new Cookie(LanguageResolver.COOKIE, "es")))
                .andExpect(status().isOk())
                .andExpect(cookie().doesNotExist(LanguageResolver.COOKIE))
                .andExpect(content().string(containsString("<h1>Ingresar</h1>")));

        mvc.perform(get("/auth/login").param("lang", "xx").header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1>Sign In</h1>")));
    }

    @Test
    void aMalformedChoiceIsIgnoredToo() throws Exception {
        mvc.perform(get("/auth/login").param("lang", "<script>").header("Accept-Language", "es"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1>Ingresar</h1>")));
    }
}
