package org.microblog.importer;

import org.jspecify.annotations.Nullable;

/**
 * What today's registration would refuse in a name the original accepted. Such names are kept:
 * they are the members' names; the report tells the operator which ones to look at.
 */
final class TodaysNameRules {

    private TodaysNameRules() {
    }

    /** Why registration would refuse {@code name}, or null when it would take it. */
    static @Nullable String refusal(String name) {
        if (name.isBlank()) {
            return "is blank, which registration refuses";
        }
        if (!name.strip().equals(name)) {
            return "has spaces at its start or end, which registration strips (sign-in does too, so the member"
                    + " cannot sign in under it until it is changed)";
        }
        return null;
    }
}
