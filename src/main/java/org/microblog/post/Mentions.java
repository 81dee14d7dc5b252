package org.microblog.post;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The {@code @username}s a post names: not inside a word (an e-mail address), at most {@value #MAX} distinct. */
public final class Mentions {

    static final int MAX = 10;

    static final Pattern MENTION = Pattern.compile("(?<![\\w@])@([A-Za-z0-9_.-]{1,64})");

    private Mentions() {
    }

    /** A name as matched without the dots and dashes that end it (the sentence's, not the name's). */
    static String trimmed(String name) {
        return name.replaceAll("[.-]+$", "");
    }

    public static Set<String> in(String text) {
        Set<String> names = new LinkedHashSet<>();
        Matcher matcher = MENTION.matcher(text);
        while (matcher.find() && names.size() < MAX) {
            String name = trimmed(matcher.group(1));
            if (!name.isEmpty()) {
                names.add(name);
            }
        }
        return names;
    }
}
