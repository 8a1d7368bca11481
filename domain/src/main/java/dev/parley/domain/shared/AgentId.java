package dev.parley.domain.shared;

import java.util.Objects;
import java.util.UUID;

/** Identifies a member of the store's support team. */
public record AgentId(UUID value) {

    public AgentId {
        Objects.requireNonNull(value, "agent id");
    }

    public static AgentId random() {
        return new AgentId(UUID.randomUUID());
    }

    public static AgentId of(String value) {
        return new AgentId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
