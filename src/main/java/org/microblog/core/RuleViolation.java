package org.microblog.core;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A request broke one of a feature's rules: a post too long, following oneself, a username
 * taken. The doorways answer 400 and put {@link #textKey()} (with {@link #arguments()}) next to
 * {@link #field()} on a form, or in the JSON error; {@link #getMessage()} is the English text,
 * for logs and for clients that read no language.
 */
public class RuleViolation extends RuntimeException {

    private final @Nullable String field;
    private final String textKey;
    private final List<Object> arguments;

    public RuleViolation(@Nullable String field, String textKey, String english, Object... arguments) {
        super(english, null, false, false);
        this.field = field;
        this.textKey = textKey;
        this.arguments = List.of(arguments);
    }

    /** The form field or JSON key at fault; {@code null} when the rule concerns the request as a whole. */
    public @Nullable String field() {
        return field;
    }

    public String textKey() {
        return textKey;
    }

    public Object[] arguments() {
        return arguments.toArray();
    }
}
