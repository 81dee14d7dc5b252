package org.microblog.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.web.util.HtmlUtils;

/** A member's text as safe HTML: everything escaped, web addresses made into links. */
public final class Linkify {

    private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"']+[^\\s<>\"'.,;:!?)\\]]", Pattern.CASE_INSENSITIVE);

    private Linkify() {
    }

    /** Escaped HTML of {@code text} in which each http(s) address is a link that opens no window handle. */
    public static String html(String text) {
        StringBuilder html = new StringBuilder(text.length() + 16);
        Matcher url = URL.matcher(text);
        int last = 0;
        while (url.find()) {
            html.append(HtmlUtils.htmlEscape(text.substring(last, url.start())));
            String href = HtmlUtils.htmlEscape(url.group());
            html.append("<a href=\"").append(href).append("\" rel=\"nofollow noopener noreferrer\">").append(href).append("</a>");
            last = url.end();
        }
        html.append(HtmlUtils.htmlEscape(text.substring(last)));
        return html.toString();
    }
}
