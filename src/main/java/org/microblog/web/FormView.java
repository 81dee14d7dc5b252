package org.microblog.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * A form as a template shows it again: the values typed and each field's errors. An error is a
 * text key with its arguments, looked up by the template ({@code ${layout.localize(error)}}).
 */
public record FormView(Map<String, String> values, Map<String, List<MessageSourceResolvable>> errors) {

    public static FormView empty() {
        return new FormView(Map.of(), Map.of());
    }

    public static FormView of(Map<String, String> values) {
        return new FormView(values, Map.of());
    }

    /** The submitted values of {@code fields} (never passwords: leave them out) and every field error. */
    public static FormView of(BindingResult result, String... fields) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String field : fields) {
            Object value = result.getFieldValue(field);
            values.put(field, value == null ? "" : value.toString());
        }
        Map<String, List<MessageSourceResolvable>> errors = new LinkedHashMap<>();
        for (FieldError error : result.getFieldErrors()) {
            errors.computeIfAbsent(error.getField(), f -> new ArrayList<>()).add(error);
        }
        return new FormView(values, errors);
    }

    public String value(String field) {
        return values.getOrDefault(field, "");
    }

    public List<MessageSourceResolvable> errors(String field) {
        return errors.getOrDefault(field, List.of());
    }

    public boolean hasErrors(String field) {
        return !errors(field).isEmpty();
    }
}
