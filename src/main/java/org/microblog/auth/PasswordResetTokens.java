package org.microblog.auth;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.microblog.config.SecretKey;
import org.microblog.user.UserService;
import org.springframework.stereotype.Component;

/**
 * Password-reset links: {@code id.expiry.fingerprint.signature}, signed with HMAC-SHA256 and the
 * secret key, valid {@link #LIFETIME}. The fingerprint of the member's password hash makes a link
 * work once: after the password changes (by this link or otherwise) it no longer matches.
 */
@Component
class PasswordResetTokens {

    static final Duration LIFETIME = Duration.ofMinutes(10);
    private static final Pattern SHAPE = Pattern.compile("(\\d{1,18})\\.(\\d{1,18})\\.([0-9a-f]{16})\\.([A-Za-z0-9_-]{43})");
    private static final String PURPOSE = "reset_password.";

    private final UserService users;
    private final Clock clock;
    private final SecretKeySpec key;

    PasswordResetTokens(UserService users, Clock clock, SecretKey secretKey) {
        this.users = users;
        this.clock = clock;
        this.key = new SecretKeySpec(secretKey.value().getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    /** A new link token for this member, or empty when there is no such member. */
    Optional<String> issue(long userId) {
        long expiry = clock.instant().plus(LIFETIME).getEpochSecond();
        return users.passwordFingerprint(userId).map(fingerprint -> {
            String payload = userId + "." + expiry + "." + fingerprint;
            return payload + "." + sign(payload);
        });
    }

    /** The member the token was issued to, if it is genuine, unexpired and their password is unchanged. */
    Optional<Long> verify(String token) {
        var parts = SHAPE.matcher(token);
        if (!parts.matches()) {
            return Optional.empty();
        }
        String payload = token.substring(0, parts.start(4) - 1);
        byte[] expected = sign(payload).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, parts.group(4).getBytes(StandardCharsets.US_ASCII))
                || Long.parseLong(parts.group(2)) <= clock.instant().getEpochSecond()) {
            return Optional.empty();
        }
        long userId = Long.parseLong(parts.group(1));
        return users.passwordFingerprint(userId).filter(parts.group(3)::equals).map(fingerprint -> userId);
    }

    private String sign(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] signature = mac.doFinal((PURPOSE + payload).getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(signature);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JVM has HmacSHA256", e);
        }
    }
}
