package dev.parley.adapters.rest;

import dev.parley.domain.shared.InvalidValueException;
import java.util.Map;
import java.util.function.Supplier;

/** Names the field to blame when a settings section refuses a value. */
final class SettingsFields {

    private SettingsFields() {}

    /**
     * Reads one field of a section's body; a refusal names that field, or the sub-field the refusal's code points at.
     *
     * @param field the field's dotted path in the body
     * @param subFieldOfCode for refusals that concern one part of the field, the part's name by the refusal's code
     */
    static <T> T read(String field, Map<String, String> subFieldOfCode, Supplier<T> reading) {
        try {
            return reading.get();
        } catch (RefusedFieldException named) {
            throw named;
        } catch (InvalidValueException refused) {
            String part = subFieldOfCode.get(refused.code());
            throw new RefusedFieldException(
                    part == null ? field : field + "." + part, refused.code(), refused.getMessage());
        }
    }

    /** Reads one field of a section's body; a refusal names that field. */
    static <T> T read(String field, Supplier<T> reading) {
        return read(field, Map.of(), reading);
    }

    /**
     * Makes a section's change; a refusal of the use case whose code belongs to one field names that field.
     *
     * @param fieldOfCode the field to blame, by the refusal's code
     */
    static <T> T change(Map<String, String> fieldOfCode, Supplier<T> changing) {
        try {
            return changing.get();
        } catch (RefusedFieldException named) {
            throw named;
        } catch (InvalidValueException refused) {
            String field = fieldOfCode.get(refused.code());
            if (field == null) {
                throw refused;
            }
            throw new RefusedFieldException(field, refused.code(), refused.getMessage());
        }
    }
}
