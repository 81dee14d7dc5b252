package org.microblog.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a member typed into the search box, read the same way for every database: words,
 * quoted phrases, {@code -word} exclusions and {@code #tag}s. Anything else (operators, brackets,
 * stars, control characters) is a separator, so no input can reach an engine's own syntax; the
 * text is cut at {@value #MAX_LENGTH} characters.
 */
record SearchQuery(String text, List<String> words, List<String> phrases, List<String> excluded, List<String> tags) {

    static final int MAX_LENGTH = 200;

    static SearchQuery parse(String typed) {
        String text = typed == null ? "" : cut(typed.strip());
        List<String> words = new ArrayList<>();
        List<String> phrases = new ArrayList<>();
        List<String> excluded = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '"') {
                int end = text.indexOf('"', i + 1);
                String phrase = String.join(" ", split(text.substring(i + 1, end < 0 ? text.length() : end)));
                if (phrase.contains(" ")) {
                    phrases.add(phrase);
                } else if (!phrase.isEmpty()) {
                    words.add(phrase);
                }
                i = end < 0 ? text.length() : end + 1;
                continue;
            }
            int end = i;
            while (end < text.length() && !Character.isWhitespace(text.charAt(end)) && text.charAt(end) != '"') {
                end++;
            }
            String token = text.substring(i, end);
            List<String> parts = split(token);
            if (token.startsWith("#") && !parts.isEmpty()) {
                tags.add(parts.get(0));
                words.addAll(parts.subList(1, parts.size()));
            } else if (token.startsWith("-") && !parts.isEmpty()) {
                excluded.addAll(parts);
            } else if (parts.size() > 1 && !token.contains("*")) {
                phrases.add(String.join(" ", parts)); // e.g. "don't", "e-mail": one phrase, as the engines split them
            } else {
                words.addAll(parts);
            }
            i = Math.max(end, i + 1);
        }
        return new SearchQuery(text, List.copyOf(words), List.copyOf(phrases), List.copyOf(excluded), List.copyOf(tags));
    }

    /** Whether there is anything to look for: exclusions alone find nothing. */
    boolean isEmpty() {
        return words.isEmpty() && phrases.isEmpty() && tags.isEmpty();
    }

    /** Every word to find, the phrases' and the tags' too (for highlighting and engines without phrases). */
    List<String> allWords() {
        List<String> all = new ArrayList<>(words);
        phrases.forEach(phrase -> all.addAll(List.of(phrase.split(" "))));
        all.addAll(tags);
        return all;
    }

    /** The letters and digits runs of {@code text}, lower case. */
    static List<String> split(String text) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        text.codePoints().forEach(cp -> {
            if (Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK) {
                part.appendCodePoint(cp);
            } else if (!part.isEmpty()) {
                parts.add(part.toString().toLowerCase(Locale.ROOT));
                part.setLength(0);
            }
        });
        if (!part.isEmpty()) {
            parts.add(part.toString().toLowerCase(Locale.ROOT));
        }
        return parts;
    }

    private static String cut(String text) {
        if (text.codePointCount(0, text.length()) <= MAX_LENGTH) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, MAX_LENGTH));
    }
}
