package org.microblog.web;

import java.util.List;
import java.util.function.LongSupplier;
import org.jspecify.annotations.Nullable;

/**
 * What the page layout renders around every screen: who is signed in, the CSRF token for
 * forms and {@code fetch()}, flashes, the language and the interface texts.
 */
public record Layout(@Nullable CurrentMember member, Csrf csrf, List<String> flashes, Texts texts,
        String path, LongSupplier unread) {

    /** The token a state-changing request must carry, and where. */
    public record Csrf(String parameterName, String headerName, String token) {
    }

    /**
     * The navigation badge's count, looked up when the page renders it (after the handler, so a
     * page that has just read the messages shows none) and never for JSON or streams.
     */
    public long unreadMessages() {
        return unread.getAsLong();
    }

    public boolean signedIn() {
        return member != null;
    }

    public String t(String key, Object... args) {
        return texts.t(key, args);
    }

    /** The page's language as an HTML {@code lang} value. */
    public String language() {
        return texts.locale().getLanguage();
    }
}
