package org.microblog.config;

/**
 * The key that signs sessions, remember-me cookies and password-reset links
 * ({@code SECRET_KEY}, or a generated one kept beside the database).
 */
public record SecretKey(String value) {

    @Override
    public String toString() {
        return "SecretKey[***]";
    }
}
