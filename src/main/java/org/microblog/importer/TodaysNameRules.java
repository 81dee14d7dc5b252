package org.microblog.importer;

import org.jspecify.annotations.Nullable;
import org.microblog.core.RuleViolation;
import org.microblog.user.Username;

/**
 * What today's registration would refuse in a name the original accepted ({@link Username.Rule},
 * and the spaces around a name, which registration and sign-in strip). Such names are kept:
 * they are the members' names; the report tells the operator which ones to look at.
 */
final class TodaysNameRules {

    private TodaysNameRules() {
    }

    /** Why registration would refuse {@code name}, or null when it would take it. */
    static @Nullable String refusal(String name) {
        RuleViolation violation = Username.Rule.refusal("username", name);
        if (violation != null) {
            return "is one today's rule refuses (" + violation.getMessage() + ")";
        }
        if (!name.strip().equals(name)) {
            return "has spaces at its start or end, which registration strips (sign-in does too, so the member"
                    + " cannot sign in under it until it is changed)";
        }
        return null;
    }
}
