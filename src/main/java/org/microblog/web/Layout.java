package org.microblog.web;

import gg.jte.Content;
import gg.jte.support.LocalizationSupport;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSourceResolvable;

/**
 * What the page layout renders around every screen: who is signed in, the CSRF token for
 * forms and {@code fetch()}, the flashes, the language, and the interface texts: templates look
 * every text up through it ({@code ${layout.localize("nav.home")}}), as jte's
 * {@link LocalizationSupport}.
 *
 * @param path the path the visitor asked for (also on the error page that answers it)
 * @param query its query string, if any, for the language links
 * @param builtAt when the page was built: its live stream replays what came after, so a
 *     notification raised between this page and its stream opening is not lost
 */
public record Layout(@Nullable CurrentMember member, Csrf csrf, List<Flash> flashes, Texts texts,
        String path, @Nullable String query, Supplier<NavigationCounts.Badges> badges, Instant builtAt) implements LocalizationSupport {

    /** The token a state-changing request must carry, and where. */
    public record Csrf(String parameterName, String headerName, String token) {
    }

    /**
     * The navigation badge's count, looked up when the page renders it (after the handler, so a
     * page that has just read the messages shows none) and never for JSON or streams.
     */
    public long unreadMessages() {
        return badges.get().messages();
    }

    /** The notices badge's count, looked up with the messages' (one query for both). */
    public long unreadNotices() {
        return badges.get().notices();
    }

    /** {@link #builtAt()} in the notifications' unit, Unix seconds (with milliseconds). */
    public String liveSince() {
        return BigDecimal.valueOf(builtAt.toEpochMilli(), 3).toPlainString();
    }

    public boolean signedIn() {
        return member != null;
    }

    @Override
    public String lookup(String key) {
        return texts.lookup(key);
    }

    @Override
    public Content localize(String key) {
        return texts.localize(key);
    }

    @Override
    public Content localize(String key, Object... params) {
        return texts.localize(key, params);
    }

    public Content localize(MessageSourceResolvable resolvable) {
        return texts.localize(resolvable);
    }

    public Content localize(Flash flash) {
        return texts.localize(flash);
    }

    /** The page's language as an HTML {@code lang} value. */
    public String language() {
        return texts.locale().getLanguage();
    }

    /** This page again in another language: the same path and query, with {@code lang} set. */
    public String languageLink(String language) {
        String others = query == null ? "" : Arrays.stream(query.split("&"))
                .filter(pair -> !pair.isEmpty() && !pair.equals("lang") && !pair.startsWith("lang="))
                .collect(Collectors.joining("&", "", "&"));
        // Never a link to another host, whatever the path looked like ("//host", "/\\host").
        String here = path.startsWith("/") && !path.startsWith("//") && !path.startsWith("/\\") ? path : "/";
        return here + "?" + (others.equals("&") ? "" : others) + "lang=" + URLEncoder.encode(language, StandardCharsets.UTF_8);
    }
}
