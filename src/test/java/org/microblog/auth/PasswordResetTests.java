package org.microblog.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.containsString;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.microblog.mail.Mailer;
import org.microblog.testsupport.WebTests;
import org.microblog.web.Flash;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Password reset end to end, with the mail going over SMTP to GreenMail. */
class PasswordResetTests extends WebTests {

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withPerMethodLifecycle(false);

    private static final Pattern LINK = Pattern.compile("http://localhost/auth/reset_password/(\\S+)");

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("MAIL_SERVER", () -> "127.0.0.1");
        registry.add("MAIL_PORT", () -> smtp.getSmtp().getPort());
        registry.add("ADMINS", () -> "admin@example.com, other@example.com");
    }

    @Autowired
    Mailer mailer;

    @Autowired
    org.microblog.user.UserService users;

    @BeforeEach
    void emptyMailboxes() throws Exception {
        smtp.purgeEmailFromAllMailboxes();
    }

    @Test
    void usesSmtpWhenMailServerIsSet() {
        assertThat(mailer.getClass().getSimpleName()).isEqualTo("SmtpMailer");
    }

    @Test
    void emailsALinkToAKnownAddress() throws Exception {
        members.john();

        requestReset("John@Example.com");

        MimeMessage mail = onlyMail();
        assertThat(mail.getAllRecipients()).extracting(Object::toString).containsExactly("john@example.com");
        assertThat(mail.getFrom()).extracting(Object::toString).containsExactly("admin@example.com");
        assertThat(mail.getSubject()).isEqualTo("[Microblog] Reset Your Password");
        String text = part(mail, "text/plain");
        assertThat(text).startsWith("Dear john,").contains("The link expires in 10 minutes.");
        assertThat(LINK.matcher(text).find()).isTrue();
        assertThat(part(mail, "text/html")).contains("<a href=\"http://localhost/auth/reset_password/");
    }

    @Test
    void theLinkShowsTheFormAndTheNewPasswordReplacesTheOldOne() throws Exception {
        members.john();
        String link = linkFor("john@example.com");

        mvc.perform(get(link)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Reset Your Password")));
        mvc.perform(post(link).with(csrf()).param("password", "dog").param("password2", "dog"))
                .andExpect(redirectedUrl("/auth/login"))
                .andExpect(flashed("Your password has been reset."));

        mvc.perform(SignInTests.signIn("john", "dog")).andExpect(redirectedUrl("/index")).andExpect(authenticated());
        mvc.perform(SignInTests.signIn("john", "cat")).andExpect(redirectedUrl("/auth/login")).andExpect(unauthenticated());
    }

    @Test
    void theLinkWorksOnlyOnce() throws Exception {
        members.john();
        String link = linkFor("john@example.com");
        mvc.perform(post(link).with(csrf()).param("password", "dog").param("password2", "dog"))
                .andExpect(redirectedUrl("/auth/login"));

        expectInvalidLink(mvc.perform(get(link)));
        expectInvalidLink(mvc.perform(post(link).with(csrf()).param("password", "eel").param("password2", "eel")));
        mvc.perform(SignInTests.signIn("john", "dog")).andExpect(authenticated());
    }

    @Test
    void anExpiredLinkIsRefused() throws Exception {
        members.john();
        clock.set(java.time.Instant.now());
        String link = linkFor("john@example.com");

        clock.advance(Duration.ofMinutes(9));
        mvc.perform(get(link)).andExpect(status().isOk());
        clock.advance(Duration.ofMinutes(2));
        expectInvalidLink(mvc.perform(get(link)));
        expectInvalidLink(mvc.perform(post(link).with(csrf()).param("password", "dog").param("password2", "dog")));
    }

    @Test
    void aTamperedLinkIsRefused() throws Exception {
        var john = members.john();
        var susan = members.susan();
        String link = linkFor("john@example.com");
        String forSusan = link.replace("/reset_password/" + john.getId() + ".", "/reset_password/" + susan.getId() + ".");

        expectInvalidLink(mvc.perform(get(forSusan)));
        expectInvalidLink(mvc.perform(get(link.substring(0, link.length() - 1) + (link.endsWith("A") ? "B" : "A"))));
        expectInvalidLink(mvc.perform(get("/auth/reset_password/nonsense")));
    }

    @Test
    void anInvalidLinkSaysSoOnThePageThatSendsANewOne() throws Exception {
        MvcResult refused = mvc.perform(get("/auth/reset_password/nonsense")).andReturn();

        mvc.perform(get("/auth/reset_password_request").flashAttrs(refused.getFlashMap()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("This password reset link is invalid, has expired or has "
                        + "already been used. Request a new one below.")))
                .andExpect(content().string(containsString("action=\"/auth/reset_password_request\"")));
        mvc.perform(get("/auth/reset_password_request").flashAttrs(refused.getFlashMap()).header("Accept-Language", "es"))
                .andExpect(content().string(containsString("no es válido, ha caducado o ya se ha usado")));
    }

    private static void expectInvalidLink(ResultActions result) throws Exception {
        result.andExpect(redirectedUrl("/auth/reset_password_request"))
                .andExpect(flash().attribute("flashes", List.of(Flash.of("auth.reset.invalid"))));
    }

    @Test
    void anUnknownAddressGetsTheSameAnswerAndNoMail() throws Exception {
        members.john();

        requestReset("nobody@example.com");
        // A reset request a minute at most from one address (RATE_LIMIT_RESET_REQUESTS).
        clock.advance(Duration.ofMinutes(1));
        // Mail goes out in order: once John's has arrived, none was sent for the unknown address.
        requestReset("john@example.com");

        assertThat(onlyMail().getAllRecipients()).extracting(Object::toString).containsExactly("john@example.com");
    }

    @Test
    void mismatchedPasswordsAreShownAndChangeNothing() throws Exception {
        members.john();
        String link = linkFor("john@example.com");

        mvc.perform(post(link).with(csrf()).param("password", "dog").param("password2", "eel"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Field must be equal to password.")));

        mvc.perform(SignInTests.signIn("john", "cat")).andExpect(authenticated());
        mvc.perform(get(link)).andExpect(status().isOk());
    }

    @Test
    void aBadEmailIsShownOnTheRequestForm() throws Exception {
        mvc.perform(post("/auth/reset_password_request").with(csrf()).param("email", "not-an-email"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Invalid email address.")));
    }

    @Test
    void resettingForgetsRememberMeTokens() throws Exception {
        members.john();
        mvc.perform(SignInTests.signIn("john", "cat").param("remember_me", "y")).andExpect(authenticated());
        String link = linkFor("john@example.com");

        mvc.perform(post(link).with(csrf()).param("password", "dog").param("password2", "dog"));

        assertThat(jdbc.queryForObject("SELECT count(*) FROM persistent_logins", Integer.class)).isZero();
    }

    @Test
    void resettingEndsEverySessionOfTheMemberEvenAfterARename() throws Exception {
        var john = members.john();
        var susan = members.susan();
        var laptop = (org.springframework.mock.web.MockHttpSession) mvc.perform(SignInTests.signIn("john", "cat"))
                .andExpect(authenticated()).andReturn().getRequest().getSession(false);
        var phone = (org.springframework.mock.web.MockHttpSession) mvc.perform(SignInTests.signIn("john", "cat")
                .param("remember_me", "y")).andExpect(authenticated()).andReturn().getRequest().getSession(false);
        var other = (org.springframework.mock.web.MockHttpSession) mvc.perform(SignInTests.signIn("susan", "cat"))
                .andExpect(authenticated()).andReturn().getRequest().getSession(false);
        users.updateProfile(john.getId(), "johnny", null);
        String link = linkFor("john@example.com");

        mvc.perform(post(link).with(csrf()).param("password", "dog").param("password2", "dog"));

        mvc.perform(get("/index").session(laptop)).andExpect(unauthenticated());
        mvc.perform(get("/index").session(phone)).andExpect(unauthenticated());
        assertThat(jdbc.queryForObject("SELECT count(*) FROM persistent_logins", Integer.class)).isZero();
        // Another member's session is not touched.
        mvc.perform(get("/index").session(other)).andExpect(authenticated().withUsername(susan.getUsername()));
    }

    @Test
    void signedInMembersAreSentHome() throws Exception {
        var john = members.john();

        mvc.perform(get("/auth/reset_password_request").with(as(john))).andExpect(redirectedUrl("/index"));
        mvc.perform(post("/auth/reset_password_request").with(csrf()).with(as(john)).param("email", "john@example.com"))
                .andExpect(redirectedUrl("/index"));
        mvc.perform(get("/auth/reset_password/x").with(as(john))).andExpect(redirectedUrl("/index"));
    }

    private void requestReset(String email) throws Exception {
        mvc.perform(post("/auth/reset_password_request").with(csrf()).param("email", email))
                .andExpect(redirectedUrl("/auth/login"))
                .andExpect(flash().attribute("flashes", List.of(Flash.of("auth.reset.request.done"))));
    }

    private String linkFor(String email) throws Exception {
        requestReset(email);
        Matcher link = LINK.matcher(part(onlyMail(), "text/plain"));
        assertThat(link.find()).isTrue();
        smtp.purgeEmailFromAllMailboxes();
        return "/auth/reset_password/" + link.group(1);
    }

    private MimeMessage onlyMail() {
        assertThat(smtp.waitForIncomingEmail(10_000, 1)).as("an email arrives").isTrue();
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        return received[0];
    }

    private static String part(Part part, String type) throws Exception {
        if (part.isMimeType(type)) {
            return part.getContent().toString().replace("\r\n", "\n");
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                String found = child.isMimeType("multipart/*") || child.isMimeType(type) ? part(child, type) : null;
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
