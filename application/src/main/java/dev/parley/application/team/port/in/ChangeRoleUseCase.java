package dev.parley.application.team.port.in;

import dev.parley.domain.shared.AgentId;

/** Driven by the REST adapter when an admin changes a team member's role. */
public interface ChangeRoleUseCase {

    /**
     * Changes the member's role; the change holds from their next request on.
     *
     * @param actor the agent who asks
     * @throws dev.parley.domain.team.AdminsOnlyException when the actor is not an active admin
     * @throws dev.parley.domain.team.AgentNotFoundException when no active member has the id
     * @throws dev.parley.domain.team.LastAdminException when this would leave the team without an active admin
     */
    TeamMember changeRole(AgentId actor, ChangeRoleCommand command);
}
