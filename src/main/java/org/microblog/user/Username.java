package org.microblog.user;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.microblog.core.FieldText;
import org.microblog.core.RuleViolation;
import org.microblog.core.TextRuleValidator;

/**
 * A new or changed username: letters and digits of any script (with their combining marks),
 * {@code _}, {@code -} and {@code .}; 1 to {@link #MAX} characters once stripped; not only dots
 * (a path segment {@code .} or {@code ..} cannot name a page). Names stored before this rule
 * (imported ones with spaces or {@code /}) keep working: the rule applies when a name is chosen.
 * The registration and profile forms carry this annotation, the API and {@link UserService}
 * call {@link Rule#check}.
 */
@Documented
@Constraint(validatedBy = Username.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface Username {

    /** The most characters a username has (the column holds 64). */
    int MAX = 64;

    String message() default "{username.characters}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The rule, for services and API requests. */
    final class Rule {

        /** Each character a letter or digit followed by its combining marks, or one of {@code _ - .}. */
        private static final Pattern ALLOWED = Pattern.compile("(?:[\\p{L}\\p{Nd}]\\p{M}*|[_.-])+");
        private static final Pattern ONLY_DOTS = Pattern.compile("\\.+");

        private Rule() {
        }

        /**
         * The username as it is stored (stripped).
         *
         * @throws RuleViolation naming {@code field} with the reason the name cannot be used
         */
        public static String check(String field, @Nullable String username) {
            RuleViolation refusal = refusal(field, username);
            if (refusal != null) {
                throw refusal;
            }
            return FieldText.clean(username == null ? "" : username);
        }

        /** Why {@code username} cannot be a new name, or {@code null} when it can. */
        public static @Nullable RuleViolation refusal(String field, @Nullable String username) {
            String name = username == null ? "" : FieldText.clean(username);
            if (name.isEmpty()) {
                return new RuleViolation(field, "form.required", field + " must not be empty");
            }
            if (FieldText.length(name) > MAX) {
                return new RuleViolation(field, "form.atMost", field + " must have at most " + MAX + " characters", MAX);
            }
            if (ONLY_DOTS.matcher(name).matches()) {
                return new RuleViolation(field, "username.onlyDots", field + " must not be only dots");
            }
            if (!ALLOWED.matcher(name).matches()) {
                return new RuleViolation(field, "username.characters",
                        field + " may only have letters, digits, _, - and .");
            }
            return null;
        }
    }

    /** The rule as a Bean Validation constraint, for form records. */
    final class Validator extends TextRuleValidator<Username> {

        @Override
        protected @Nullable RuleViolation refusal(@Nullable String value) {
            return Rule.refusal("username", value);
        }
    }
}
