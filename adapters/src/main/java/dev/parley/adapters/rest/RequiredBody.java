package dev.parley.adapters.rest;

import dev.parley.domain.shared.InvalidValueException;

/** The checks every JSON request body shares: that there is one, and that it has the fields it needs. */
final class RequiredBody {

    private RequiredBody() {}

    /**
     * @throws InvalidValueException {@code missing_body} when the request had no body
     */
    static <T> T of(T body) {
        if (body == null) {
            throw new InvalidValueException("missing_body", "This request needs a JSON body.");
        }
        return body;
    }

    /**
     * @throws InvalidValueException {@code missing_field} when the field is absent or {@code null}
     */
    static <T> T field(T value, String field) {
        if (value == null) {
            throw new InvalidValueException("missing_field", "The body needs a '" + field + "' field.");
        }
        return value;
    }
}
