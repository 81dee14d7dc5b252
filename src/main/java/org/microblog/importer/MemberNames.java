package org.microblog.importer;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Gives every member a name and an email unique without regard to case, which Microblog's
 * schema requires and the original's did not. The first member (by id) keeps a name; a later
 * one whose name differs only in case becomes {@code name_2} (or {@code _3}, …), never taking
 * a name another member of the source already has. A later email of the same kind gets a
 * {@code +id} tag, which most mail servers deliver to the same mailbox.
 */
final class MemberNames {

    static final int MAX_USERNAME = 64;
    static final int MAX_EMAIL = 120;

    /** Who holds a name or email, by its folded form. */
    record Holder(long id, String value) {
    }

    private final Set<String> sourceNames = new HashSet<>();
    private final Map<String, Holder> names = new HashMap<>();
    private final Map<String, Holder> emails = new HashMap<>();

    MemberNames(Collection<String> allNames) {
        allNames.forEach(name -> sourceNames.add(fold(name)));
    }

    /** As {@code User.fold}: the key of the unique {@code username_lower} and {@code email_lower} columns. */
    static String fold(String value) {
        return value.toLowerCase(Locale.ROOT);
    }

    /** Who already has this name without regard to case, if anyone. */
    @Nullable Holder nameHolder(String name) {
        return names.get(fold(name));
    }

    @Nullable Holder emailHolder(String email) {
        return emails.get(fold(email));
    }

    /** Takes {@code name} for member {@code id} if free; else returns the free {@code name_N}. */
    String claimName(long id, String name) {
        String chosen = name;
        for (int n = 2; names.containsKey(fold(chosen)) || !chosen.equals(name) && sourceNames.contains(fold(chosen)); n++) {
            String suffix = "_" + n;
            int room = MAX_USERNAME - suffix.length();
            chosen = (name.codePointCount(0, name.length()) > room ? name.substring(0, name.offsetByCodePoints(0, room)) : name)
                    + suffix;
        }
        names.put(fold(chosen), new Holder(id, chosen));
        return chosen;
    }

    /** Takes {@code email} for member {@code id} if free; else a tagged {@code local+id@domain}, else a placeholder. */
    String claimEmail(long id, String email) {
        String chosen = email;
        if (emails.containsKey(fold(chosen))) {
            int at = email.lastIndexOf('@');
            chosen = email.substring(0, at) + "+" + id + email.substring(at);
            if (chosen.length() > MAX_EMAIL || emails.containsKey(fold(chosen))) {
                chosen = placeholderEmail(id);
            }
        }
        emails.put(fold(chosen), new Holder(id, chosen));
        return chosen;
    }

    /** An address that cannot reach anyone ({@code .invalid} is reserved, RFC 2606). */
    static String placeholderEmail(long id) {
        return "member-" + id + "@imported.invalid";
    }
}
