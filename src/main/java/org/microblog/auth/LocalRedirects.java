package org.microblog.auth;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * The original's rule for {@code next}: only a path on this site, never another host. Stricter
 * than the original where browsers differ: the path may hold only the characters a URL path and
 * query allow (so no control, zero-width or other non-ASCII character, which would leave a
 * redirect without its {@code Location}), no backslash, and must not turn into another host
 * once percent-decoded. Anything else is the fallback.
 */
final class LocalRedirects {

    private static final String ALLOWED = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
            + "-._~!$&'()*+,;=:@/?%#";

    private LocalRedirects() {
    }

    static String orDefault(@Nullable String next, String fallback) {
        if (next == null || next.isEmpty() || next.length() > 2000 || !local(next)) {
            return fallback;
        }
        String decoded;
        try {
            decoded = URLDecoder.decode(next.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException badEscape) {
            return fallback;
        }
        // Decoded, it must still be a plain local path (no %2F%2F, %5C, %00, %E2%80%8B …).
        return decoded.equals(next) || local(decoded) ? next : fallback;
    }

    private static boolean local(String path) {
        return path.startsWith("/") && !path.startsWith("//") && path.chars().allMatch(c -> ALLOWED.indexOf(c) >= 0);
    }
}
