package org.microblog.core;

/**
 * How every rule reads what a member typed: white space around it does not count, a line
 * break is one character, and characters are counted one per code point (an emoji is one character,
 * not the two UTF-16 units Java and the browser's {@code maxlength} count). The page script's
 * live counter ({@code static/js/app.js}) strips and counts the same way.
 */
public final class FieldText {

    private FieldText() {
    }

    /**
     * The text as it is checked and stored: without the white space around it (Java's white
     * space and Unicode's space separators, so a no-break space goes too, as JavaScript's
     * {@code trim} drops it) and with each line break as one {@code \n}. Browsers send a
     * textarea's line breaks as {@code \r\n} but show and count them as one character, so
     * a form and an API client sending the same text get the same verdict.
     */
    public static String clean(String text) {
        String lines = text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
        int start = 0;
        int end = lines.length();
        while (start < end && isSpace(lines.codePointAt(start))) {
            start += Character.charCount(lines.codePointAt(start));
        }
        while (end > start && isSpace(lines.codePointBefore(end))) {
            end -= Character.charCount(lines.codePointBefore(end));
        }
        return lines.substring(start, end);
    }

    /** The number of characters (code points). */
    public static int length(String text) {
        return text.codePointCount(0, text.length());
    }

    /**
     * The {@code maxlength} for a field of {@code max} characters: the browser counts UTF-16
     * units, two for many characters, so twice the limit never refuses what the rule accepts.
     */
    public static int browserMaxLength(int max) {
        return 2 * max;
    }

    private static boolean isSpace(int codePoint) {
        return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint);
    }
}
