package dev.parley.adapters.rest;

import dev.parley.domain.shared.InvalidValueException;

/**
 * A value refused because of one field of a request body: the rule's code and message, and the field to blame as a
 * dotted path from the body ({@code welcomeMessage}, {@code businessHours.timeZone}), which the problem document
 * carries as {@code field}.
 */
class RefusedFieldException extends InvalidValueException {

    private static final long serialVersionUID = 1L;

    private final String field;

    RefusedFieldException(String field, String code, String message) {
        super(code, message);
        this.field = field;
    }

    String field() {
        return field;
    }
}
