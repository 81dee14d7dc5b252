package org.microblog.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.bind.ConstructorBinding;

/**
 * Redis, shared by several instances of the site ({@code microblog.redis.*}): live notifications,
 * sessions and throttles go through it when {@code REDIS_URL} is set; without it everything stays
 * in this process ({@link RedisSetting} keeps Spring Boot's Redis and Spring Session parts from
 * starting at all).
 *
 * @param endpoint the server {@code REDIS_URL} names ({@code redis://[[user]:password@]host[:port][/database]},
 *     {@code rediss://} for TLS; the original's form), null when unset: in-process
 * @param keyPrefix what every key and channel of the site starts with ({@code REDIS_KEY_PREFIX},
 *     default {@code microblog:}), so that several sites (or test runs) can share one server
 */
public record RedisSettings(@Nullable Endpoint endpoint, String keyPrefix) {

    public static final String DEFAULT_PREFIX = "microblog:";
    static final String ACCEPTED = "use redis://[:password@]host[:port][/database], such as redis://localhost:6379/0 "
            + "or redis://:secret@redis.example.com:6379/2 (rediss:// for TLS)";

    /**
     * Where Redis is.
     *
     * @param database the database number, 0 when the URL names none
     * @param ssl whether the connection uses TLS ({@code rediss://})
     */
    public record Endpoint(String host, int port, @Nullable String username, @Nullable String password, int database,
            boolean ssl) {

        @Override
        public String toString() {
            return (ssl ? "rediss://" : "redis://") + (password != null ? "***@" : "") + host + ":" + port + "/" + database;
        }
    }

    public RedisSettings {
        if (keyPrefix.isEmpty() || keyPrefix.length() > 100 || keyPrefix.chars().anyMatch(c -> c <= ' ' || c == 127
                || c == '*' || c == '?' || c == '[' || c == ']')) {
            throw new InvalidSettingException("REDIS_KEY_PREFIX", "'" + keyPrefix + "' cannot start the site's keys; use up"
                    + " to 100 characters without spaces or the wildcards * ? [ ], such as microblog: or site2:");
        }
    }

    /** From the environment variables' text (blank: unset). */
    @ConstructorBinding
    RedisSettings(@Nullable String url, @Nullable String keyPrefix) {
        this(parse(url), SettingValues.optional(keyPrefix) == null ? DEFAULT_PREFIX : keyPrefix.strip());
    }

    /** Whether the site shares its state through Redis. */
    public boolean configured() {
        return endpoint != null;
    }

    /** {@code REDIS_URL}'s text as an endpoint; null when blank. */
    static @Nullable Endpoint parse(@Nullable String text) {
        String value = SettingValues.optional(text);
        if (value == null) {
            return null;
        }
        URI uri;
        try {
            // redis:// alone is the original's default: the local server
            uri = new URI(value.matches("(?i)rediss?://") ? value + "localhost" : value);
        } catch (URISyntaxException notAUri) {
            throw invalid(value, "is not a URL");
        }
        String scheme = uri.getScheme();
        if (scheme == null || !(scheme.equalsIgnoreCase("redis") || scheme.equalsIgnoreCase("rediss"))) {
            throw invalid(value, "does not start with redis:// or rediss://");
        }
        if (uri.isOpaque()) {
            throw invalid(value, "is not a URL");
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw invalid(value, "has a query or fragment, which Redis URLs here do not take");
        }
        String host = uri.getHost();
        if (host == null) {
            if (uri.getRawAuthority() != null && !uri.getRawAuthority().isEmpty() && !uri.getRawAuthority().endsWith("@")) {
                throw invalid(value, "does not name a host that can be reached (or its port is not a number)");
            }
            host = "localhost"; // redis:// alone is the original's default: the local server
        }
        int port = uri.getPort() == -1 ? 6379 : uri.getPort();
        if (port < 1 || port > 65535) {
            throw invalid(value, "has a port outside 1–65535");
        }
        int database = 0;
        String path = uri.getPath();
        if (path != null && !path.isEmpty() && !path.equals("/")) {
            String number = path.substring(1);
            if (!number.matches("\\d{1,5}")) {
                throw invalid(value, "names the database '" + number + "', which is not a database number");
            }
            database = Integer.parseInt(number);
        }
        String username = null;
        String password = null;
        String userInfo = uri.getRawUserInfo();
        if (userInfo != null) {
            int colon = userInfo.indexOf(':');
            String user = colon < 0 ? userInfo : userInfo.substring(0, colon);
            String secret = colon < 0 ? null : userInfo.substring(colon + 1);
            if (colon < 0) {
                // redis://secret@host: the password alone, as redis-py and Flask-era clients read it
                secret = user;
                user = "";
            }
            username = user.isEmpty() ? null : decode(user);
            password = secret == null || secret.isEmpty() ? null : decode(secret);
        }
        return new Endpoint(host, port, username, password, database, scheme.equalsIgnoreCase("rediss"));
    }

    private static String decode(String part) {
        return URLDecoder.decode(part.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private static InvalidSettingException invalid(String value, String problem) {
        // The value's password is never repeated in the message.
        String shown = value.replaceFirst("//[^@/]*@", "//***@");
        return new InvalidSettingException("REDIS_URL", "'" + shown + "' " + problem + "; " + ACCEPTED);
    }
}
