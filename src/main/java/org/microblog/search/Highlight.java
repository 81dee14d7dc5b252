package org.microblog.search;

import java.util.List;
import java.util.Locale;

/**
 * A post's text as HTML with the words a search found marked ({@code <mark>}); everything else
 * escaped. A word of the text is marked when it and a searched word share their beginning (at
 * least three letters), so "running" is marked for "run" as the engines' stemming found it.
 */
public final class Highlight {

    private Highlight() {
    }

    public static String html(String text, List<String> words) {
        StringBuilder html = new StringBuilder(text.length() + 32);
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            if (!Character.isLetterOrDigit(cp)) {
                escape(html, cp);
                i += Character.charCount(cp);
                continue;
            }
            int end = i;
            while (end < text.length() && Character.isLetterOrDigit(text.codePointAt(end))) {
                end += Character.charCount(text.codePointAt(end));
            }
            String word = text.substring(i, end);
            boolean marked = matches(word.toLowerCase(Locale.ROOT), words);
            if (marked) {
                html.append("<mark>");
            }
            word.codePoints().forEach(c -> escape(html, c));
            if (marked) {
                html.append("</mark>");
            }
            i = end;
        }
        return html.toString();
    }

    private static boolean matches(String word, List<String> searched) {
        for (String wanted : searched) {
            if (word.equals(wanted)) {
                return true;
            }
            int common = Math.min(word.length(), wanted.length());
            if (common >= 3 && word.regionMatches(0, wanted, 0, common)
                    && Math.max(word.length(), wanted.length()) - common <= 4) {
                return true;
            }
        }
        return false;
    }

    private static void escape(StringBuilder html, int cp) {
        switch (cp) {
            case '<' -> html.append("&lt;");
            case '>' -> html.append("&gt;");
            case '&' -> html.append("&amp;");
            case '"' -> html.append("&#34;");
            case '\'' -> html.append("&#39;");
            default -> html.appendCodePoint(cp);
        }
    }
}
