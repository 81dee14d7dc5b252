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
 * A member's email address: stripped, at most {@link #MAX} characters, one {@code @} between a
 * local part and a domain of dot-separated labels, no white space or control characters. The
 * registration form carries this annotation, the API and {@link UserService} call {@link Rule#check}.
 */
@Documented
@Constraint(validatedBy = EmailAddress.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface EmailAddress {

    /** The most characters an address has (the column holds 120). */
    int MAX = 120;

    String message() default "{form.email}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The rule, for services and API requests. */
    final class Rule {

        private static final Pattern ADDRESS = Pattern.compile(
                "[^@\\s\\p{Z}\\p{Cc}]+@[^@\\s\\p{Z}\\p{Cc}.]+(?:\\.[^@\\s\\p{Z}\\p{Cc}.]+)+");

        private Rule() {
        }

        /**
         * The address as it is stored (stripped).
         *
         * @throws RuleViolation naming {@code field} when the address is missing, too long or malformed
         */
        public static String check(String field, @Nullable String address) {
            RuleViolation refusal = refusal(field, address);
            if (refusal != null) {
                throw refusal;
            }
            return FieldText.clean(address == null ? "" : address);
        }

        static @Nullable RuleViolation refusal(String field, @Nullable String address) {
            String text = address == null ? "" : FieldText.clean(address);
            if (text.isEmpty()) {
                return new RuleViolation(field, "form.required", field + " must not be empty");
            }
            if (FieldText.length(text) > MAX) {
                return new RuleViolation(field, "form.atMost", field + " must have at most " + MAX + " characters", MAX);
            }
            if (!ADDRESS.matcher(text).matches() || FieldText.unstorable(field, text, false) != null) {
                return new RuleViolation(field, "form.email", field + " must be a valid email address");
            }
            return null;
        }
    }

    /** The rule as a Bean Validation constraint, for form records. */
    final class Validator extends TextRuleValidator<EmailAddress> {

        @Override
        protected @Nullable RuleViolation refusal(@Nullable String value) {
            return Rule.refusal("email", value);
        }
    }
}
