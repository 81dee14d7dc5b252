package org.microblog.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.microblog.testsupport.TestDatabase;
import org.microblog.testsupport.TestSite;

/**
 * What Tomcat answers itself, before the site sees a request, over a raw socket: a request line
 * it cannot parse gets its 400 page with the site's security headers, and a client that sends
 * half a request and then nothing is let go after the connection timeout (10 s), not held; one
 * that trickles its headers a byte at a time is let go {@code REQUEST_HEADER_TIMEOUT} after its
 * first byte, however steadily it sends.
 */
class TomcatEdgeIntegrationTests {

    @ParameterizedTest
    @ValueSource(strings = {"GET /a|b HTTP/1.1", "GET /%00 HTTP/1.1", "GET /a{b} HTTP/1.1", "GET /\u0001 HTTP/1.1",
            "NOT A REQUEST"})
    void tomcatsOwn400PageCarriesTheSecurityHeaders(String requestLine) throws Exception {
        TestSite site = TestSite.on(TestDatabase.SQLITE);
        try (Socket socket = new Socket("127.0.0.1", site.port())) {
            socket.setSoTimeout(15_000);
            socket.getOutputStream().write((requestLine + "\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));

            String answer = readAll(socket.getInputStream());

            assertThat(answer).startsWith("HTTP/1.1 400");
            String headers = answer.substring(0, answer.indexOf("\r\n\r\n")).toLowerCase();
            assertThat(headers).contains("x-content-type-options: nosniff").contains("x-frame-options: deny")
                    .contains("content-security-policy: default-src 'none'").contains("referrer-policy: same-origin");
            assertThat(answer).doesNotContain("Tomcat").doesNotContain("Exception");
        }
    }

    @Test
    void halfARequestLineIsLetGoAfterTheConnectionTimeout() throws Exception {
        TestSite site = TestSite.on(TestDatabase.SQLITE);
        try (Socket socket = new Socket("127.0.0.1", site.port())) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write("GET /explore HT".getBytes(StandardCharsets.US_ASCII));
            long start = System.nanoTime();

            boolean closed;
            try {
                readAll(socket.getInputStream());
                closed = true;
            } catch (SocketTimeoutException stillHeld) {
                closed = false;
            }
            long heldSeconds = (System.nanoTime() - start) / 1_000_000_000L;

            assertThat(closed).as("closed by the server within 30 s").isTrue();
            assertThat(heldSeconds).as("seconds held (timeout 10 s)").isLessThan(20);
        }
    }

    @Test
    void headersTrickledAByteAtATimeAreCutOffAtTheRequestHeaderTimeout() throws Exception {
        TestSite site = TestSite.start(TestDatabase.SQLITE.createDatabase(), "REQUEST_HEADER_TIMEOUT=3s");
        try (Socket socket = new Socket("127.0.0.1", site.port())) {
            socket.getOutputStream().write("GET /explore HTTP/1.1\r\nHost: localhost\r\n".getBytes(StandardCharsets.US_ASCII));
            long start = System.nanoTime();
            // One header byte every 500 ms: never idle for Tomcat's 10 s connection timeout.
            boolean cut = false;
            byte[] header = "X-Trickle: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa".getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < header.length && !cut; i++) {
                try {
                    socket.getOutputStream().write(header[i]);
                    socket.getOutputStream().flush();
                    Thread.sleep(500); // the trickle's pace is what is tested
                    socket.setSoTimeout(1);
                    cut = socket.getInputStream().read() == -1;
                } catch (SocketTimeoutException stillOpen) {
                    // nothing to read yet: the server still holds the connection
                } catch (IOException reset) {
                    cut = true;
                }
            }
            double heldSeconds = (System.nanoTime() - start) / 1e9;

            assertThat(cut).as("cut off while trickling").isTrue();
            assertThat(heldSeconds).as("seconds held (deadline 3 s, checked every second)").isBetween(2.5, 6.0);
        } finally {
            site.close();
        }
        // A request that sends its head at once is untouched by the deadline.
        TestSite normal = TestSite.on(TestDatabase.SQLITE);
        assertThat(normal.send("GET", "/auth/login", null, null, null).statusCode()).isEqualTo(200);
    }

    private static String readAll(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        in.transferTo(bytes);
        return bytes.toString(StandardCharsets.ISO_8859_1);
    }
}
