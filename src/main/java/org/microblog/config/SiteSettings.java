package org.microblog.config;

import java.time.Duration;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.bind.ConstructorBinding;

/**
 * The site's own settings ({@code microblog.site.*}).
 *
 * @param serverName the site's host for links that leave the page, {@code host} or {@code host:port}
 *     ({@code SERVER_NAME}); null: the host each request came to
 * @param postsPerPage posts on one page of a timeline, 1–1000 ({@code POSTS_PER_PAGE})
 * @param avatars where avatar images come from ({@code AVATARS})
 * @param apiTokenLifetime how long an API token stays valid after it is issued ({@code API_TOKEN_LIFETIME})
 * @param secretKey the configured signing key ({@code SECRET_KEY}); null: {@code SecretKeyConfig} generates one
 * @param requestHeaderTimeout how long a client may take, from its first byte, to send a request's
 *     line and headers before the connection is closed ({@code REQUEST_HEADER_TIMEOUT})
 */
public record SiteSettings(@Nullable String serverName, int postsPerPage, Avatars avatars, Duration apiTokenLifetime,
        @Nullable SecretKey secretKey, Duration requestHeaderTimeout) {

    public static final int DEFAULT_POSTS_PER_PAGE = 25;
    public static final Duration DEFAULT_API_TOKEN_LIFETIME = Duration.ofHours(1);
    public static final Duration DEFAULT_REQUEST_HEADER_TIMEOUT = Duration.ofSeconds(20);
    private static final Pattern HOST_AND_PORT = Pattern.compile("[A-Za-z0-9.-]+(:\\d{1,5})?|\\[[0-9A-Fa-f:]+](:\\d{1,5})?");
    private static final String PAGE_SIZES = "use a whole number from 1 to 1000";

    public enum Avatars {
        /** Identicons drawn by this site: no request leaves it. */
        LOCAL,
        /** Gravatar images, as the original did. */
        GRAVATAR
    }

    public SiteSettings {
        if (serverName != null && !HOST_AND_PORT.matcher(serverName).matches()) {
            throw new InvalidSettingException("SERVER_NAME", "'" + serverName + "' is not a host name; use a name such as "
                    + "microblog.example.com or microblog.example.com:8443, without scheme or path");
        }
        if (postsPerPage < 1 || postsPerPage > 1000) {
            throw new InvalidSettingException("POSTS_PER_PAGE", postsPerPage + " is out of range; " + PAGE_SIZES);
        }
        if (apiTokenLifetime.isNegative() || apiTokenLifetime.isZero()) {
            throw new InvalidSettingException("API_TOKEN_LIFETIME", "must be a positive duration such as 1h or 30m");
        }
        if (secretKey != null && secretKey.value().length() < 16) {
            throw new InvalidSettingException("SECRET_KEY", "is too short to be secret; use at least 16 random characters");
        }
        if (requestHeaderTimeout.toMillis() < 1) {
            throw new InvalidSettingException("REQUEST_HEADER_TIMEOUT", "must be a positive duration such as 20s");
        }
    }

    /** The settings without {@code REQUEST_HEADER_TIMEOUT}: its default. */
    public SiteSettings(@Nullable String serverName, int postsPerPage, Avatars avatars, Duration apiTokenLifetime,
            @Nullable SecretKey secretKey) {
        this(serverName, postsPerPage, avatars, apiTokenLifetime, secretKey, DEFAULT_REQUEST_HEADER_TIMEOUT);
    }

    /** From the environment variables' text, as {@code application.properties} passes it (blank: the default). */
    @ConstructorBinding
    SiteSettings(@Nullable String serverName, @Nullable String postsPerPage, @Nullable String avatars,
            @Nullable String apiTokenLifetime, @Nullable String secretKey, @Nullable String requestHeaderTimeout) {
        this(SettingValues.optional(serverName),
                SettingValues.wholeNumber("POSTS_PER_PAGE", postsPerPage, DEFAULT_POSTS_PER_PAGE, PAGE_SIZES),
                SettingValues.choice("AVATARS", avatars, Avatars.class, Avatars.LOCAL),
                SettingValues.duration("API_TOKEN_LIFETIME", apiTokenLifetime, DEFAULT_API_TOKEN_LIFETIME),
                // Not stripped: spaces may be part of a key.
                secretKey == null || secretKey.isBlank() ? null : new SecretKey(secretKey),
                SettingValues.duration("REQUEST_HEADER_TIMEOUT", requestHeaderTimeout, DEFAULT_REQUEST_HEADER_TIMEOUT));
    }
}
