package org.microblog.core;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.lang.annotation.Annotation;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/**
 * A rule's constraint for forms: it asks the rule itself ({@link #refusal}) and reports the
 * same text key and arguments that the service's {@link RuleViolation} would carry, so a form
 * says what the API and the service say.
 */
public abstract class TextRuleValidator<A extends Annotation> implements ConstraintValidator<A, String> {

    /** Why the rule refuses this value, or {@code null} when it accepts it. */
    protected abstract @Nullable RuleViolation refusal(@Nullable String value);

    @Override
    public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
        RuleViolation refusal = refusal(value);
        if (refusal == null) {
            return true;
        }
        var hibernate = context.unwrap(HibernateConstraintValidatorContext.class);
        hibernate.disableDefaultConstraintViolation();
        // The texts take positional arguments ({0}) as MessageFormat does for RuleViolation;
        // named after their positions, the validator fills them in the same way.
        Object[] arguments = refusal.arguments();
        for (int i = 0; i < arguments.length; i++) {
            hibernate.addMessageParameter(Integer.toString(i), arguments[i]);
        }
        hibernate.buildConstraintViolationWithTemplate("{" + refusal.textKey() + "}").addConstraintViolation();
        return false;
    }
}
