package org.microblog.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.web.util.HtmlUtils;

/** A member's text as safe HTML: everything escaped, web addresses made into links. */
public final class Linkify {

    /** A web address in a member's text, as {@link #html(String)} links it; for patterns that add to it. */
    public static final String URL_REGEX = "https?://[^\\s<>\"']+[^\\s<>\"'.,;:!?)\\]]";

    private static final Pattern URL = Pattern.compile(URL_REGEX, Pattern.CASE_INSENSITIVE);

    private Linkify() {
    }

    /** Escaped HTML of {@code text} in which each http(s) address is a link that opens no window handle. */
    public static String html(String text) {
        StringBuilder html = new StringBuilder(text.length() + 16);
        Matcher url = URL.matcher(text);
        int last = 0;
        while (url.find()) {
            html.append(HtmlUtils.htmlEscape(text.substring(last, url.start())));
            html.append(link(url.group()));
            last = url.end();
        }
        html.append(HtmlUtils.htmlEscape(text.substring(last)));
        return html.toString();
    }

    /** A link to a web address a member wrote, escaped, that opens no window handle. */
    public static String link(String address) {
        String href = HtmlUtils.htmlEscape(address);
        return "<a href=\"" + href + "\" rel=\"nofollow noopener noreferrer\">" + href + "</a>";
    }
}
