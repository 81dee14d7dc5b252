package org.microblog.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.microblog.message.MessageService;
import org.microblog.post.PostService;
import org.microblog.testsupport.Members;
import org.microblog.testsupport.TestApplication;
import org.microblog.testsupport.WebTests;
import org.microblog.user.ApiTokenService;
import org.microblog.user.User;
import org.microblog.user.UserPaths;
import org.microblog.user.UserService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * One rule per field, whichever doorway a text comes through: the same inputs get the same
 * verdict from the web form, the API and the service, for posts, messages, about-me, and the
 * username and email of a registration (and a rename).
 */
class DoorwaysAgreeTests extends WebTests {

    private static final String EMOJI = "\uD83D\uDE00";
    private static final String E_ACUTE = "e\u0301";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    PostService posts;

    @Autowired
    MessageService messages;

    @Autowired
    UserService users;

    @Autowired
    ApiTokenService tokens;

    /** Texts for a post or a message: 1 to 140 characters once stripped, counted as code points. */
    static Stream<Arguments> shortTexts() {
        return Stream.of(
                Arguments.of("139 emoji", EMOJI.repeat(139), true),
                Arguments.of("140 emoji", EMOJI.repeat(140), true),
                Arguments.of("141 emoji", EMOJI.repeat(141), false),
                Arguments.of("140 emoji between spaces", "  \u00A0" + EMOJI.repeat(140) + " \n ", true),
                Arguments.of("only spaces", " \t\u00A0\u3000 ", false),
                Arguments.of("nothing", "", false),
                Arguments.of("70 letters with combining accents (140 code points)", E_ACUTE.repeat(70), true),
                Arguments.of("141 code points of combining accents", E_ACUTE.repeat(70) + "e", false),
                Arguments.of("140 with a CRLF line break counted once", "x".repeat(70) + "\r\n" + "x".repeat(69), true),
                Arguments.of("141 ASCII letters", "x".repeat(141), false));
    }

    /** About me takes the same texts, but an empty one is allowed (it clears it). */
    static Stream<Arguments> aboutMes() {
        return shortTexts().map(a -> {
            Object[] args = a.get();
            boolean blank = FieldText.clean((String) args[1]).isEmpty();
            return Arguments.of(args[0], args[1], blank || (boolean) args[2]);
        });
    }

    static Stream<Arguments> usernames() {
        return Stream.of(
                Arguments.of("64 letters", "a".repeat(64), true),
                Arguments.of("65 letters", "a".repeat(65), false),
                Arguments.of("between spaces", "  ann\u00A0", true),
                Arguments.of("only spaces", "   ", false),
                Arguments.of("32 letters with combining accents (64 code points)", E_ACUTE.repeat(32), true),
                Arguments.of("33 letters with combining accents", E_ACUTE.repeat(33), false),
                Arguments.of("other scripts and digits", "名前_Ωμέγα-١٢٣.x", true),
                Arguments.of("a space inside", "ann smith", false),
                Arguments.of("a slash", "a/b", false),
                Arguments.of("a percent sign", "50%", false),
                Arguments.of("only dots", "...", false),
                Arguments.of("dots and a letter", "..a", true),
                Arguments.of("an emoji", "ann" + EMOJI, false),
                Arguments.of("a combining accent first", "\u0301ann", false));
    }

    static Stream<Arguments> emails() {
        return Stream.of(
                Arguments.of("plain", "ann@example.com", true),
                Arguments.of("between spaces", "  ann@example.com\u00A0", true),
                Arguments.of("unicode", "änn@exämple.com", true),
                Arguments.of("no dot in the domain", "ann@example", false),
                Arguments.of("a space inside", "ann smith@example.com", false),
                Arguments.of("two at signs", "ann@b@example.com", false),
                Arguments.of("120 characters", "a".repeat(108) + "@example.com", true),
                Arguments.of("121 characters", "a".repeat(109) + "@example.com", false),
                Arguments.of("nothing", " ", false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shortTexts")
    void postsGetOneVerdict(String what, String text, boolean accepted) throws Exception {
        User john = members.john();

        assertThat(form(post("/index"), john, Map.of("post", text))).as("form").isEqualTo(accepted);
        assertThat(api(post("/api/posts"), john, Map.of("body", text))).as("API").isEqualTo(accepted);
        assertThat(service(() -> posts.publish(john.getId(), text, null))).as("service").isEqualTo(accepted);
        assertThat(jdbc.queryForList("SELECT body FROM posts", String.class))
                .hasSize(accepted ? 3 : 0).allMatch(FieldText.clean(text)::equals);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shortTexts")
    void messagesGetOneVerdict(String what, String text, boolean accepted) throws Exception {
        User john = members.john();
        User susan = members.susan();

        assertThat(form(post(UserPaths.sendMessage("susan")), john, Map.of("message", text))).as("send form")
                .isEqualTo(accepted);
        assertThat(form(post(UserPaths.conversation("susan")), john, Map.of("message", text))).as("reply form")
                .isEqualTo(accepted);
        assertThat(api(post("/api/messages"), john, Map.of("recipient_id", susan.getId(), "body", text)))
                .as("API").isEqualTo(accepted);
        assertThat(service(() -> messages.send(john.getId(), susan.getId(), text))).as("service").isEqualTo(accepted);
        assertThat(jdbc.queryForList("SELECT body FROM messages", String.class))
                .hasSize(accepted ? 4 : 0).allMatch(FieldText.clean(text)::equals);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("aboutMes")
    void aboutMeGetsOneVerdict(String what, String text, boolean accepted) throws Exception {
        User john = members.john();

        assertThat(form(post("/edit_profile"), john, Map.of("username", "john", "about_me", text))).as("form")
                .isEqualTo(accepted);
        assertThat(api(put("/api/users/" + john.getId()), john, Map.of("about_me", text))).as("API").isEqualTo(accepted);
        assertThat(service(() -> users.updateAccount(john.getId(), null, null, text))).as("service").isEqualTo(accepted);
        String stored = FieldText.clean(text).isEmpty() ? null : FieldText.clean(text);
        assertThat(jdbc.queryForObject("SELECT about_me FROM users WHERE id = ?", String.class, john.getId()))
                .isEqualTo(accepted ? stored : null);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("usernames")
    void registeredUsernamesGetOneVerdict(String what, String name, boolean accepted) throws Exception {
        assertThat(registration(name, "ann@example.com")).isEqualTo(new boolean[] {accepted, accepted, accepted});
        assertThat(jdbc.queryForList("SELECT username FROM users", String.class))
                .isEqualTo(accepted ? java.util.List.of(FieldText.clean(name)) : java.util.List.of());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("emails")
    void registeredEmailsGetOneVerdict(String what, String email, boolean accepted) throws Exception {
        assertThat(registration("ann", email)).isEqualTo(new boolean[] {accepted, accepted, accepted});
        assertThat(jdbc.queryForList("SELECT email FROM users", String.class))
                .isEqualTo(accepted ? java.util.List.of(FieldText.clean(email)) : java.util.List.of());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("usernames")
    void newUsernamesGetOneVerdict(String what, String name, boolean accepted) throws Exception {
        User john = members.john();

        assertThat(form(post("/edit_profile"), john, Map.of("username", name, "about_me", ""))).as("form")
                .isEqualTo(accepted);
        jdbc.update("UPDATE users SET username = 'john', username_lower = 'john'");
        assertThat(api(put("/api/users/" + john.getId()), john, Map.of("username", name))).as("API").isEqualTo(accepted);
        jdbc.update("UPDATE users SET username = 'john', username_lower = 'john'");
        assertThat(service(() -> users.updateAccount(john.getId(), name, null, null))).as("service").isEqualTo(accepted);
        assertThat(jdbc.queryForObject("SELECT username FROM users", String.class))
                .isEqualTo(accepted ? FieldText.clean(name) : "john");
    }

    /** The verdicts of the registration form, {@code POST /api/users} and the service, each on an empty site. */
    private boolean[] registration(String username, String email) throws Exception {
        boolean form = form(post("/auth/register"), null, Map.of("username", username, "email", email,
                "password", "cat", "password2", "cat"));
        TestApplication.clean(jdbc);
        boolean api = api(post("/api/users"), null, Map.of("username", username, "email", email, "password", "cat"));
        TestApplication.clean(jdbc);
        boolean service = service(() -> users.register(username, email, Members.PASSWORD));
        return new boolean[] {form, api, service};
    }

    /** Whether the form was accepted (a redirect) or shown again with the reason beside one of its fields. */
    private boolean form(MockHttpServletRequestBuilder request, User member, Map<String, String> fields) throws Exception {
        request.with(csrf());
        if (member != null) {
            request.with(as(member));
        }
        fields.forEach(request::param);
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        if (response.getStatus() == 302) {
            return true;
        }
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString()).contains("-errors\"").contains("invalid-feedback");
        return false;
    }

    /** Whether the API accepted the JSON (2xx) or answered 400 naming the field at fault. */
    private boolean api(MockHttpServletRequestBuilder request, User member, Map<String, Object> json) throws Exception {
        if (member != null) {
            request.header(HttpHeaders.AUTHORIZATION, "Bearer " + tokens.issue(member.getId()));
        }
        request.contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(json));
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        if (response.getStatus() / 100 == 2) {
            return true;
        }
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString()).containsAnyOf("\"message\":\"body ", "\"message\":\"about_me ",
                "\"message\":\"username ", "\"message\":\"email ");
        return false;
    }

    /** Whether the service accepted the text or refused it with a {@link RuleViolation}. */
    private static boolean service(Supplier<?> call) {
        try {
            call.get();
            return true;
        } catch (RuleViolation refused) {
            return false;
        }
    }
}
