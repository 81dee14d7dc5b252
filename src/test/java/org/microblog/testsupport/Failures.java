package org.microblog.testsupport;

import java.io.FileNotFoundException;
import org.microblog.core.NotFound;
import org.microblog.core.RuleViolation;

/**
 * The failures a test handler throws, by name, so that a page handler and an API handler can
 * throw the same one and the two doorways' answers can be compared.
 */
public final class Failures {

    /** What the secret failures carry, which must never reach a client. */
    public static final String SECRET = "secret-detail-42";

    private Failures() {
    }

    public static Exception named(String kind) {
        return switch (kind) {
            case "not-found" -> NotFound.of("user", "nobody");
            case "rule" -> RuleViolation.onField("username", "user.username.taken", "please use a different username");
            case "illegal-state" -> new IllegalStateException(SECRET);
            case "illegal-argument" -> new IllegalArgumentException(SECRET);
            // Named like a not-found, and still a bug of ours: no status comes from a class name.
            case "file-not-found" -> new FileNotFoundException("/etc/" + SECRET);
            // The reader closed the connection while the answer was written: nobody's failure.
            case "client-gone" -> new org.apache.catalina.connector.ClientAbortException(new java.io.IOException("Broken pipe"));
            default -> throw new AssertionError("no failure named " + kind);
        };
    }
}
