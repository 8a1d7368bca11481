package dev.parley.domain.audit;

import dev.parley.domain.shared.InvalidValueException;
import java.util.Objects;
import java.util.UUID;

/** Identifies one entry of the audit log. */
public record AuditEntryId(UUID value) {

    public AuditEntryId {
        Objects.requireNonNull(value, "audit entry id");
    }

    public static AuditEntryId random() {
        return new AuditEntryId(UUID.randomUUID());
    }

    /**
     * Reads an id as {@link #toString()} writes it.
     *
     * @throws InvalidValueException when the text is no audit entry id
     *     ({@code invalid_parameter})
     */
    public static AuditEntryId parse(String text) {
        try {
            return new AuditEntryId(UUID.fromString(Objects.requireNonNull(text, "audit entry id")));
        } catch (IllegalArgumentException notAnId) {
            throw new InvalidValueException(
                    "invalid_parameter", "The cursor 'before' is the nextCursor of an earlier page.");
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
