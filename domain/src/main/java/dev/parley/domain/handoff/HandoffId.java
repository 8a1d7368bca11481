package dev.parley.domain.handoff;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies one conversation's handoff to an external helpdesk; it is the {@code Idempotency-Key} Zendesk gets and
 * the {@code external_id} Gorgias keeps, the same on every attempt, so that a retry never makes a second ticket.
 */
public record HandoffId(UUID value) {

    public HandoffId {
        Objects.requireNonNull(value, "handoff id");
    }

    public static HandoffId random() {
        return new HandoffId(UUID.randomUUID());
    }

    /** The key the helpdesk sees: {@code parley-<uuid>}. */
    public String externalKey() {
        return "parley-" + value;
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
