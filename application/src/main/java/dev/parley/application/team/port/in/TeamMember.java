package dev.parley.application.team.port.in;

import dev.parley.domain.shared.AgentId;
import dev.parley.domain.team.AgentStatus;
import dev.parley.domain.team.Role;
import java.time.Instant;
import java.util.Objects;

/**
 * A member of the team as the team list shows them; never carries the password hash.
 *
 * @param id the agent
 * @param email their address
 * @param name their display name
 * @param role agent or admin
 * @param createdAt when they joined the team
 * @param deactivated whether they were removed from the team
 * @param status whether they said they take chats now or are away
 */
public record TeamMember(
        AgentId id, String email, String name, Role role, Instant createdAt, boolean deactivated, AgentStatus status) {

    /** A member who has not said they are away. */
    public TeamMember(AgentId id, String email, String name, Role role, Instant createdAt, boolean deactivated) {
        this(id, email, name, role, createdAt, deactivated, AgentStatus.AVAILABLE);
    }

    public TeamMember {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(createdAt, "created at");
        Objects.requireNonNull(status, "status");
    }

    /** Whether this member is an admin still on the team. */
    public boolean activeAdmin() {
        return role == Role.ADMIN && !deactivated;
    }
}
