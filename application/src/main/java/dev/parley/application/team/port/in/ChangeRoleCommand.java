package dev.parley.application.team.port.in;

import dev.parley.domain.shared.AgentId;
import dev.parley.domain.team.Role;
import java.util.Objects;

/**
 * An admin gives a team member another role.
 *
 * @param member whose role changes
 * @param role the new role
 */
public record ChangeRoleCommand(AgentId member, Role role) {

    public ChangeRoleCommand {
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(role, "role");
    }
}
