package dev.parley.application.team.port.in;

import dev.parley.domain.shared.AgentId;

/** Driven by the REST adapter when an admin removes a team member. */
public interface RemoveTeamMemberUseCase {

    /**
     * Deactivates the member: they can no longer sign in and their open sessions stop working, while their name stays
     * on the messages they wrote and the tickets they were assigned.
     *
     * @param actor the agent who asks
     * @param member who leaves the team
     * @throws dev.parley.domain.team.AdminsOnlyException when the actor is not an active admin
     * @throws dev.parley.domain.team.CannotRemoveYourselfException when the actor names themselves
     * @throws dev.parley.domain.team.AgentNotFoundException when no active member has the id
     * @throws dev.parley.domain.team.LastAdminException when this would leave the team without an active admin
     */
    void removeTeamMember(AgentId actor, AgentId member);
}
