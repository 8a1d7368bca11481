package dev.parley.application.team.port.in;

import dev.parley.domain.shared.AgentId;

/** Driven by the REST adapter when an admin adds a team member. */
public interface AddTeamMemberUseCase {

    /**
     * Adds an active team member.
     *
     * @param actor the agent who asks
     * @throws dev.parley.domain.team.AdminsOnlyException when the actor is not an active admin
     * @throws dev.parley.domain.team.EmailTakenException when an account, present or removed, has the address
     */
    TeamMember addTeamMember(AgentId actor, AddTeamMemberCommand command);
}
