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

    /** A rule about one field: the form puts {@code textKey} next to it. */
    public static RuleViolation onField(String field, String textKey, String english, Object... arguments) {
        return new RuleViolation(field, textKey, english, arguments);
    }

    /** A rule about the request as a whole: a page shows {@code textKey} as a flash. */
    public static RuleViolation of(String textKey, String english, Object... arguments) {
        return new RuleViolation(null, textKey, english, arguments);
    }

    /** The form field or JSON key at fault; {@code null} when the rule concerns the request as a whole. */
    public @Nullable String field() {
        return field;
    }

    /** The interface text that says what is wrong, taking {@link #arguments()}. */
    public String textKey() {
        return textKey;
    }

    public Object[] arguments() {
        return arguments.toArray();
    }
}
