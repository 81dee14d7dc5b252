package org.microblog.post;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The {@code @username}s a post names: not inside a word (an e-mail address), at most {@value #MAX} distinct. */
final class Mentions {

    static final int MAX = 10;

    private static final Pattern MENTION = Pattern.compile("(?<![\\w@])@([A-Za-z0-9_.-]{1,64})");

    private Mentions() {
    }

    static Set<String> in(String text) {
        Set<String> names = new LinkedHashSet<>();
        Matcher matcher = MENTION.matcher(text);
        while (matcher.find() && names.size() < MAX) {
            String name = matcher.group(1).replaceAll("[.-]+$", "");
            if (!name.isEmpty()) {
                names.add(name);
            }
        }
        return names;
    }
}
