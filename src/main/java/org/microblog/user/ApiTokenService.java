package org.microblog.user;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import org.microblog.config.MicroblogProperties;
import org.microblog.core.NotFound;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * API tokens: opaque random values shown to the client once, stored only as their SHA-256 so a
 * leaked database holds no usable token, valid for {@code API_TOKEN_LIFETIME}, revocable. One
 * token per member, as in the original.
 */
@Service
public class ApiTokenService {

    private final UserRepository users;
    private final MicroblogProperties properties;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ApiTokenService(UserRepository users, MicroblogProperties properties, Clock clock) {
        this.users = users;
        this.properties = properties;
        this.clock = clock;
    }

    /** Issues a token valid for the configured lifetime, replacing any previous one. */
    @Transactional
    public String issue(long userId) {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        String token = HexFormat.of().formatHex(bytes);
        member(userId).setToken(sha256(token), clock.instant().plus(properties.site().apiTokenLifetime()));
        return token;
    }

    /** The member holding this unexpired token. */
    @Transactional(readOnly = true)
    public Optional<User> memberFor(String token) {
        if (token.isEmpty() || token.length() > 256) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return users.findByTokenHash(sha256(token))
                .filter(user -> user.getTokenExpiration() != null && user.getTokenExpiration().isAfter(now));
    }

    @Transactional
    public void revoke(long userId) {
        member(userId).setToken(null, null);
    }

    private User member(long userId) {
        return users.findById(userId).orElseThrow(() -> NotFound.of("user", userId));
    }

    static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
