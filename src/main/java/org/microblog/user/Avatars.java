package org.microblog.user;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.microblog.config.SiteSettings;

/**
 * Avatar URLs. Both modes key the image on {@code md5(lower-case email)}, as Gravatar does,
 * so switching modes keeps each member's picture stable in shape.
 */
final class Avatars {

    /** The largest avatar the site draws, and so the largest it links to. */
    static final int MAX_SIZE = Identicon.MAX_SIZE;

    private Avatars() {
    }

    static String url(SiteSettings.Avatars mode, String email, int size) {
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("avatar size must be from 1 to " + MAX_SIZE + ", not " + size);
        }
        String hash = emailHash(email);
        return switch (mode) {
            case LOCAL -> "/avatar/" + hash + "?s=" + size;
            case GRAVATAR -> "https://www.gravatar.com/avatar/" + hash + "?d=identicon&s=" + size;
        };
    }

    static String emailHash(String email) {
        try {
            byte[] digest = MessageDigest.getInstance("MD5")
                    .digest(User.fold(email).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has MD5", e);
        }
    }
}
