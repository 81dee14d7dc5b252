package org.microblog.browser;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One GreenMail SMTP server for the browser tests' application, started on first use. */
final class TestMailbox {

    private static final GreenMail SERVER = start();

    private static GreenMail start() {
        GreenMail server = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "greenmail-stop"));
        return server;
    }

    static int port() {
        return SERVER.getSmtp().getPort();
    }

    static void empty() throws Exception {
        SERVER.purgeEmailFromAllMailboxes();
    }

    /** The first link in the only email that arrives within 10 s whose text matches. */
    static String linkInOnlyEmail(Pattern link) {
        if (!SERVER.waitForIncomingEmail(10_000, 1)) {
            throw new AssertionError("no email arrived within 10 s");
        }
        MimeMessage[] received = SERVER.getReceivedMessages();
        if (received.length != 1) {
            throw new AssertionError("expected one email, got " + received.length);
        }
        String body = GreenMailUtil.getBody(received[0]).replace("=\r\n", "").replace("=3D", "=");
        Matcher matcher = link.matcher(body);
        if (!matcher.find()) {
            throw new AssertionError("no link matching " + link + " in:\n" + body);
        }
        return matcher.group();
    }

    private TestMailbox() {
    }
}
