package org.microblog.core;

import org.jspecify.annotations.Nullable;

/**
 * How every rule reads what a member typed: white space around it does not count, a line
 * break is one character, and characters are counted one per code point (an emoji is one character,
 * not the two UTF-16 units Java and the browser's {@code maxlength} count). The page script's
 * live counter ({@code static/js/app.js}) strips and counts the same way. No text holds a
 * control character (NUL, escape, …; line breaks and tabs only where a text has lines) or half
 * of a surrogate pair: PostgreSQL refuses NUL, the others would store what no page can show.
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

    /**
     * Why {@code text} cannot be stored in any field, or {@code null} when it can: it holds a
     * control character (Unicode's Cc: NUL, escape, DEL, C1 controls) other than a line break or
     * a tab when {@code lines} allows them, or an unpaired surrogate (which no encoding can store).
     * Every doorway asks this, through the rules (posts, messages, names, addresses) or directly
     * for what has no rule of its own (passwords, query parameters, Basic credentials).
     */
    public static @Nullable RuleViolation unstorable(String field, @Nullable String text, boolean lines) {
        if (text == null) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean allowed = lines && (c == '\n' || c == '\r' || c == '\t');
            boolean control = Character.getType(c) == Character.CONTROL && !allowed;
            boolean unpaired = Character.isHighSurrogate(c)
                    ? i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(++i))
                    : Character.isLowSurrogate(c);
            if (control || unpaired) {
                return new RuleViolation(field, "form.controlCharacters",
                        field + " must not contain control characters", field);
            }
        }
        return null;
    }

    private static boolean isSpace(int codePoint) {
        return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint);
    }
}
