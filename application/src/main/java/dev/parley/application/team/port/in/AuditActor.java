package dev.parley.application.team.port.in;

import dev.parley.domain.shared.AgentId;
import java.util.Objects;

/**
 * Who made a change, as the audit log names them.
 *
 * @param id the agent
 * @param name their display name at the time of the change
 */
public record AuditActor(AgentId id, String name) {

    public AuditActor {
        Objects.requireNonNull(id, "agent");
        Objects.requireNonNull(name, "name");
    }

    /** An agent who changes something of their own, such as their password, where no admin is needed. */
    public static AuditActor of(AgentId id, String name) {
        return new AuditActor(id, name);
    }
}
