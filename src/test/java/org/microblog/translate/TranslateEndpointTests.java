package org.microblog.translate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.microblog.post.PostService;
import org.microblog.testsupport.SqlStatements;
import org.microblog.testsupport.WebTests;
import org.microblog.user.User;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * {@code POST /translate} and the Translate link with a translator configured: LibreTranslate
 * at a server inside the test that speaks its protocol ({@link FakeTranslationService}).
 */
class TranslateEndpointTests extends WebTests {

    static final FakeTranslationService LIBRE = start();

    static final String SPANISH = "Mañana vamos a la playa con los niños, ¿alguien se apunta?";

    @Autowired
    PostService posts;

    User john;

    static FakeTranslationService start() {
        try {
            return FakeTranslationService.libreTranslate();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @DynamicPropertySource
    static void translator(DynamicPropertyRegistry registry) {
        registry.add("LIBRETRANSLATE_URL", () -> LIBRE.url().toString());
        registry.add("RATE_LIMIT_TRANSLATIONS", () -> "10/1h");
    }

    @AfterAll
    static void stop() {
        LIBRE.close();
    }

    @BeforeEach
    void setUp() {
        LIBRE.reset();
        john = members.john();
    }

    static String body(String text, String from, String to) {
        return "{\"text\":" + FakeTranslationService.quoted(text) + ",\"source_language\":\"" + from + "\",\"dest_language\":\"" + to + "\"}";
    }

    MockHttpServletRequestBuilder translate(String json) {
        return post("/translate").with(as(john)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.APPLICATION_JSON).content(json);
    }

    @Test
    void answersTheOriginalsJsonWithTheTranslation() throws Exception {
        mvc.perform(translate(body("  Hola a todos  ", "es", "en")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.text").value("[en] Hola a todos"));

        assertThat(LIBRE.lastRequest().body()).contains("\"q\":\"Hola a todos\"", "\"source\":\"es\"", "\"target\":\"en\"");
    }

    @Test
    void takesLanguagesWithARegionAsTheirLanguage() throws Exception {
        mvc.perform(translate(body("Hola, región", "es_MX", "en-GB"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.text").value("[en] Hola, región"));
    }

    @Test
    void needsTheCsrfTokenAndASignedInMember() throws Exception {
        mvc.perform(post("/translate").with(as(john)).contentType(MediaType.APPLICATION_JSON).content(body("Hola", "es", "en")))
                .andExpect(status().isForbidden());
        int status = mvc.perform(post("/translate").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.APPLICATION_JSON).content(body("Hola", "es", "en"))).andReturn().getResponse().getStatus();
        assertThat(status).as("anonymous: to sign in, or refused").isIn(302, 401, 403);
        assertThat(LIBRE.requests()).isEmpty();
    }

    @Test
    void refusesRequestsThatAreNotOneWith400AndAReason() throws Exception {
        mvc.perform(translate("{\"source_language\":\"es\",\"dest_language\":\"en\"}")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("Bad Request"))
                .andExpect(jsonPath("$.message").value("Give a text of 1 to 140 characters to translate."));
        mvc.perform(translate(body("x".repeat(141), "es", "en"))).andExpect(status().isBadRequest());
        mvc.perform(translate(body("   ", "es", "en"))).andExpect(status().isBadRequest());
        mvc.perform(translate("{\"text\":5,\"source_language\":\"es\",\"dest_language\":\"en\"}")).andExpect(status().isBadRequest());
        mvc.perform(translate(body("Hola", "español!", "en"))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value("Give the source and destination languages as codes such as en or es."));
        mvc.perform(translate(body("Hola", "es", ""))).andExpect(status().isBadRequest());
        mvc.perform(translate("[1, 2]")).andExpect(status().isBadRequest());
        mvc.perform(translate("{\"text\": ")).andExpect(status().isBadRequest());
        mvc.perform(post("/translate").with(as(john)).with(csrf()).contentType(MediaType.TEXT_PLAIN).content("Hola"))
                .andExpect(status().isUnsupportedMediaType());
        assertThat(LIBRE.requests()).isEmpty();
    }

    @Test
    void aFailingServiceGivesAShortMessageAndNever5xx() throws Exception {
        LIBRE.failing(500, "{\"error\":\"boom\"}");
        mvc.perform(translate(body("Hola, falla", "es", "en"))).andExpect(status().is(424))
                .andExpect(jsonPath("$.error").value("Failed Dependency"))
                .andExpect(jsonPath("$.message").value("The translation service failed. Please try again later."));

        LIBRE.failing(400, "{\"error\":\"xx is not supported\"}");
        mvc.perform(translate(body("Hola, falla", "es", "xx"))).andExpect(status().is(422))
                .andExpect(jsonPath("$.message").value("The translation service cannot translate this text."));

        LIBRE.failing(429, "{\"error\":\"Too many requests\"}");
        mvc.perform(translate(body("Hola, falla", "es", "en"))).andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"))
                .andExpect(jsonPath("$.message").value("The translation service is busy. Please try again in a moment."));
    }

    @Test
    void saysWhatWentWrongInTheMembersLanguage() throws Exception {
        LIBRE.failing(503, "");
        mvc.perform(translate(body("Hello", "en", "es")).header("Accept-Language", "es")).andExpect(status().is(424))
                .andExpect(jsonPath("$.message").value("El servicio de traducción ha fallado. Vuelve a intentarlo más tarde."));
        mvc.perform(translate(body("Hello", "en", "de")).header("Accept-Language", "de")).andExpect(status().is(424))
                .andExpect(jsonPath("$.message").value("Der Übersetzungsdienst ist ausgefallen. Bitte versuche es später noch einmal."));
    }

    @Test
    void aSlowServiceTimesOutAt5SecondsWithoutStallingOtherRequests() throws Exception {
        LIBRE.answering(request -> request.body().contains("lento")
                ? new FakeTranslationService.Answer(200, "{\"translatedText\":\"slow\"}", Duration.ofSeconds(8))
                : LIBRE.usualAnswer(request));
        long start = System.nanoTime();
        CompletableFuture<MvcResult> slow = CompletableFuture.supplyAsync(() -> {
            try {
                return mvc.perform(translate(body("Un texto lento", "es", "en"))).andReturn();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        // The slow call has reached the service and holds its thread.
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(5))
                .until(() -> LIBRE.requests().stream().anyMatch(request -> request.body().contains("lento")));

        long others = System.nanoTime();
        mvc.perform(translate(body("Hola, rápido", "es", "en"))).andExpect(status().isOk());
        mvc.perform(get("/explore").with(as(john))).andExpect(status().isOk());
        assertThat(Duration.ofNanos(System.nanoTime() - others)).isLessThan(Duration.ofSeconds(2));

        MvcResult timedOut = slow.get();
        Duration waited = Duration.ofNanos(System.nanoTime() - start);
        assertThat(timedOut.getResponse().getStatus()).isEqualTo(424);
        assertThat(timedOut.getResponse().getContentAsString()).contains("did not answer in time");
        assertThat(waited).isGreaterThanOrEqualTo(Duration.ofSeconds(5)).isLessThan(Duration.ofSeconds(7));
    }

    @Test
    void theSameTextIsAskedOfTheServiceOnce() throws Exception {
        mvc.perform(translate(body("Buenas noches a todos", "es", "en"))).andExpect(status().isOk());
        mvc.perform(translate(body("Buenas noches a todos", "es", "en"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.text").value("[en] Buenas noches a todos"));

        assertThat(LIBRE.requests()).hasSize(1);
    }

    @Test
    void limitsTranslationsPerMember() throws Exception {
        for (int i = 0; i < 10; i++) {
            mvc.perform(translate(body("Límite " + i, "es", "en"))).andExpect(status().isOk());
        }
        // Refused before it reaches the service (the page's error handling writes the JSON on a real server).
        mvc.perform(translate(body("Límite otra vez", "es", "en"))).andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"));
        User susan = members.susan();
        mvc.perform(post("/translate").with(as(susan)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(body("Límite de Susan", "es", "en"))).andExpect(status().isOk());
        assertThat(LIBRE.requests()).hasSize(11);
    }

    @Test
    void aPostInAnotherLanguageThanTheReadersHasTheTranslateLink() throws Exception {
        User susan = members.susan();
        long spanish = posts.publish(susan.getId(), SPANISH, null).id();
        long english = posts.publish(susan.getId(), "Tomorrow we are going to the beach with the kids, who is coming?", null).id();

        String page = html(get("/explore").with(as(john)).header("Accept-Language", "en"));
        assertThat(links(page)).isEqualTo(1);
        assertThat(page).contains("id=\"translation" + spanish + "\"", "data-source=\"es\"", "data-dest=\"en\"", ">Translate</a>",
                "src=\"/js/translate.js\"").doesNotContain("id=\"translation" + english + "\"");

        String inSpanish = html(get("/explore").with(as(john)).header("Accept-Language", "es"));
        assertThat(inSpanish).contains("id=\"translation" + english + "\"", ">Traducir</a>")
                .doesNotContain("id=\"translation" + spanish + "\"");
        String inGerman = html(get("/explore").with(as(john)).header("Accept-Language", "de"));
        assertThat(links(inGerman)).isEqualTo(2);
        assertThat(inGerman).contains("data-dest=\"de\"", ">Übersetzen</a>");

        for (String path : new String[] {"/post/" + spanish, "/user/susan", "/search?q=playa"}) {
            assertThat(html(get(path).with(as(john)))).as(path).contains("id=\"translation" + spanish + "\"");
        }
    }

    @Test
    void theLinksCostTheExplorePageNoStatement() throws Exception {
        for (int i = 0; i < 25; i++) {
            User author = members.register("autor" + i);
            posts.publish(author.getId(), SPANISH + " " + i, null);
        }
        var statements = SqlStatements.recordedWhile(() -> {
            try {
                assertThat(links(html(get("/explore").with(as(john))))).isEqualTo(25);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        // The page of posts with their authors, the reader's likes among them, the badge: as without translation.
        assertThat(statements).hasSize(3);
    }

    private String html(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private static long links(String html) {
        return Pattern.compile("class=\"post-translate\"").matcher(html).results().count();
    }
}
