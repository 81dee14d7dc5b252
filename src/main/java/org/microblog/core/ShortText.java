package org.microblog.core;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.jspecify.annotations.Nullable;

/**
 * A short text a member writes: a post, a private message, an about-me. One rule for every
 * doorway: 1 to {@link #MAX} characters (0 to {@link #MAX} when {@link #optional()}), counted
 * as {@link FieldText} counts them once the white space around the text is dropped. Forms
 * carry this annotation, API requests and services call {@link Rule#check}.
 */
@Documented
@Constraint(validatedBy = ShortText.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface ShortText {

    /** The most characters a short text has; the templates' counters read it too. */
    int MAX = 140;

    /** Whether an empty text is allowed (about-me), rather than required (posts, messages). */
    boolean optional() default false;

    String message() default "{form.atMost}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The rule, for services and API requests. */
    final class Rule {

        private Rule() {
        }

        /**
         * The text as it is stored: stripped, 1 to {@value ShortText#MAX} characters.
         *
         * @throws RuleViolation naming {@code field} when the text is missing, blank or too long
         */
        public static String check(String field, @Nullable String text) {
            return checked(field, text, false);
        }

        /** {@link #check} for a text that may be empty (an about-me): "" for none. */
        public static String checkOptional(String field, @Nullable String text) {
            return checked(field, text, true);
        }

        static @Nullable RuleViolation refusal(String field, @Nullable String text, boolean optional) {
            RuleViolation unstorable = FieldText.unstorable(field, text, true);
            if (unstorable != null) {
                return unstorable;
            }
            String stripped = text == null ? "" : FieldText.clean(text);
            if (stripped.isEmpty() && !optional) {
                return new RuleViolation(field, "form.required", field + " must not be empty");
            }
            if (FieldText.length(stripped) > MAX) {
                return new RuleViolation(field, "form.atMost", field + " must have at most " + MAX + " characters", MAX);
            }
            return null;
        }

        private static String checked(String field, @Nullable String text, boolean optional) {
            RuleViolation refusal = refusal(field, text, optional);
            if (refusal != null) {
                throw refusal;
            }
            return text == null ? "" : FieldText.clean(text);
        }
    }

    /** The rule as a Bean Validation constraint, for form records. */
    final class Validator extends TextRuleValidator<ShortText> {

        private boolean optional;

        @Override
        public void initialize(ShortText annotation) {
            optional = annotation.optional();
        }

        @Override
        protected @Nullable RuleViolation refusal(@Nullable String value) {
            return Rule.refusal("", value, optional);
        }
    }
}
