package org.microblog.api;

import org.jspecify.annotations.Nullable;
import org.microblog.core.FieldText;
import org.microblog.core.RuleViolation;
import tools.jackson.databind.JsonNode;

/**
 * Reads request bodies strictly: the body must be a JSON object and each field of the
 * expected type. Jackson alone would quietly turn {@code 5} into {@code "5"} and could not tell
 * a missing field from a {@code null} one, which {@code PUT /api/users} needs.
 */
final class JsonFields {

    private final JsonNode body;

    private JsonFields(JsonNode body) {
        this.body = body;
    }

    static JsonFields of(@Nullable JsonNode body) {
        if (body == null || !body.isObject()) {
            throw ApiException.badRequest("the body must be a JSON object");
        }
        return new JsonFields(body);
    }

    boolean has(String field) {
        return body.has(field);
    }

    /** The string value, or null when the field is absent or {@code null}; never one with a control character. */
    @Nullable String text(String field) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isString()) {
            throw ApiException.badRequest(field + " must be a string");
        }
        // Every string, rule or not (a password has none): no NUL or other control character.
        RuleViolation unstorable = FieldText.unstorable(field, value.stringValue(), true);
        if (unstorable != null) {
            throw unstorable;
        }
        return value.stringValue();
    }

    /** The whole-number value, or null when the field is absent or {@code null}. */
    @Nullable Long id(String field) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw ApiException.badRequest(field + " must be a whole number");
        }
        return value.longValue();
    }
}
