package org.microblog.web;

import org.microblog.core.RuleViolation;
import org.springframework.validation.BindingResult;

/**
 * Puts a service's refusal back on the form that asked (Post/Redirect/Get's error half): beside
 * the field the rule names, in the viewer's language, as the original's {@code validate_username}.
 */
public final class FormErrors {

    private FormErrors() {
    }

    /** Beside {@link RuleViolation#field()}; a rule about the whole request becomes a form-wide error. */
    public static void add(BindingResult form, RuleViolation violation) {
        String field = violation.field();
        if (field != null) {
            form.rejectValue(field, violation.textKey(), violation.arguments(), violation.getMessage());
        } else {
            form.reject(violation.textKey(), violation.arguments(), violation.getMessage());
        }
    }
}
