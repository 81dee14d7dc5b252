package org.microblog.user;

/** A hash written by the original's Werkzeug, for tests of imported members. */
final class WerkzeugHashes {

    /** Werkzeug 3.1 {@code generate_password_hash("cat")}: its default, scrypt:32768:8:1. */
    static final String CAT_SCRYPT = "scrypt:32768:8:1$dmwRlJ6GQHMdKrrG$"
            + "49f90fad387200ef759c3c08a0f6d378bd2fb6aefd1a09c90a7eb39ff4e3723d"
            + "4ceede194f45ed4e53df72281dc73bf58d08ed9d3eb2b078328a3e134dde9051";

    private WerkzeugHashes() {
    }
}
