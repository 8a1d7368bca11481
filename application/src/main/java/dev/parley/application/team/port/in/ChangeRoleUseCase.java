package dev.parley.application.team.port.in;

import dev.parley.domain.shared.AgentId;
import dev.parley.domain.team.SessionToken;

/** Driven by the REST adapter when an admin changes a team member's role. */
public interface ChangeRoleUseCase {

    /**
     * Changes the member's role; the change holds from their next request on. Every session of the member ends (their
     * connections close), except the one the change is made in when admins change their own role: that one goes on
     * under a new token and CSRF token. Asking for the role the member has already changes nothing.
     *
     * @param actor the agent who asks
     * @param actorSession the session the actor asks in
     * @throws dev.parley.domain.team.AdminsOnlyException when the actor is not an active admin
     * @throws dev.parley.domain.team.AgentNotFoundException when no active member has the id
     * @throws dev.parley.domain.team.LastAdminException when this would leave the team without an active admin
     */
    RoleChanged changeRole(AgentId actor, SessionToken actorSession, ChangeRoleCommand command);
}
