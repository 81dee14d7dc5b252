package org.microblog.post;

import org.jspecify.annotations.Nullable;
import org.microblog.web.PageOf;

/**
 * The {@code ?page=} parameter as typed by anyone: a number below 1 or no number at all means
 * the first page, a number too large for any timeline the last allowed one. Never an error.
 */
final class PageNumbers {

    private PageNumbers() {
    }

    static int parse(@Nullable String raw) {
        String text = raw == null ? "" : raw.strip();
        try {
            return PageOf.clamp(Integer.parseInt(text));
        } catch (NumberFormatException notAnInt) {
            return text.matches("\\+?\\d+") ? PageOf.MAX_PAGE : 1;
        }
    }
}
