package org.microblog.post;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The {@code #tag}s a post names: letters, digits and {@code _} of any script after a {@code #}
 * that does not follow a letter, digit, {@code _} or {@code &} (so {@code a#b} and {@code &#39;}
 * are none); at least one character that is not a digit ({@code #1} is a number). Tags compare
 * without case: each is kept in lower case ({@link Locale#ROOT}).
 */
public final class Tags {

    /** The longest tag kept; a post holds 140 characters, so only an odd one is longer. */
    public static final int MAX_LENGTH = 100;

    static final Pattern TAG = Pattern.compile("(?<![\\p{L}\\p{N}\\p{M}_&#])#([\\p{L}\\p{N}\\p{M}_]+)");

    private static final Pattern DIGITS = Pattern.compile("\\p{N}+");

    private Tags() {
    }

    /** The distinct tags of {@code text}, lower case, in order of first appearance. */
    public static Set<String> in(String text) {
        Set<String> tags = new LinkedHashSet<>();
        Matcher matcher = TAG.matcher(text);
        while (matcher.find()) {
            String tag = normalized(matcher.group(1));
            if (tag != null) {
                tags.add(tag);
            }
        }
        return tags;
    }

    /** A tag as the tag page's address names it, lower case; {@code null} when it is no tag. */
    public static @Nullable String normalized(String name) {
        if (name.isEmpty() || name.length() > MAX_LENGTH || DIGITS.matcher(name).matches()
                || !TAG.matcher("#" + name).matches()) {
            return null;
        }
        return name.toLowerCase(Locale.ROOT);
    }
}
