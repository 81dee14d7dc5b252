package org.microblog.auth;

import org.jspecify.annotations.Nullable;

/** The original's rule for {@code next}: only a path on this site, never another host. */
final class LocalRedirects {

    private LocalRedirects() {
    }

    static String orDefault(@Nullable String next, String fallback) {
        if (next == null || next.isEmpty() || next.length() > 2000) {
            return fallback;
        }
        boolean local = next.startsWith("/") && !next.startsWith("//") && !next.startsWith("/\\")
                && next.chars().noneMatch(c -> c < 0x20 || c == 0x7f || c == '\\');
        return local ? next : fallback;
    }
}
