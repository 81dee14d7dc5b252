package org.microblog.web;

import gg.jte.Content;
import gg.jte.support.LocalizationSupport;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
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
 * @param languages the languages the site speaks, for the footer's links ({@code LANGUAGES})
 * @param translation whether a translation service is configured, so posts get a Translate link
 */
public record Layout(@Nullable CurrentMember member, Csrf csrf, List<Flash> flashes, Texts texts,
        String path, @Nullable String query, Supplier<NavigationCounts.Badges> badges, Instant builtAt, List<Locale> languages,
        boolean translation) implements LocalizationSupport {

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

    /** The member's background task in progress (or just failed), shown in the navigation bar; null when none. */
    public NavigationCounts.@Nullable TaskProgress task() {
        return badges.get().task();
    }

    /** The navigation bar's words for {@link #task()}: "Exporting posts… 42%", or its failure; empty when none. */
    public String taskLabel() {
        NavigationCounts.TaskProgress task = task();
        if (task == null) {
            return "";
        }
        return task.failed() ? lookup("nav.taskFailed") : lookup("nav.taskRunning").replace("{0}", String.valueOf(task.progress()));
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

    /**
     * Whether a post written in {@code postLanguage} gets a Translate link: a service is
     * configured, a member reads (only members may translate), the post's language is known and
     * it is not the page's.
     */
    public boolean offersTranslation(@Nullable String postLanguage) {
        return translation && member != null && postLanguage != null && !postLanguage.isBlank()
                && !Locale.forLanguageTag(postLanguage.replace('_', '-')).getLanguage().equals(language());
    }

    /** A language's own name for itself ({@code Deutsch}), for the footer's links. */
    public static String nameOf(Locale language) {
        String name = language.getDisplayLanguage(language);
        return name.isEmpty() ? language.toLanguageTag() : name.substring(0, 1).toUpperCase(language) + name.substring(1);
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
