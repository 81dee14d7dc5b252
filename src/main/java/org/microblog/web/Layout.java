package org.microblog.web;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the page layout renders around every screen: who is signed in, the CSRF token for
 * forms and {@code fetch()}, flashed messages, the language and the interface texts.
 */
public record Layout(@Nullable CurrentMember member, Csrf csrf, List<String> flashes, Messages messages,
        String path, long unreadMessages) {

    /** The token a state-changing request must carry, and where. */
    public record Csrf(String parameterName, String headerName, String token) {
    }

    /** The same layout with another unread count: for a page that has just read the messages. */
    public Layout withUnreadMessages(long count) {
        return new Layout(member, csrf, flashes, messages, path, count);
    }

    public boolean signedIn() {
        return member != null;
    }

    public String t(String key, Object... args) {
        return messages.t(key, args);
    }

    /** The page's language as an HTML {@code lang} value. */
    public String language() {
        return messages.locale().getLanguage();
    }
}
