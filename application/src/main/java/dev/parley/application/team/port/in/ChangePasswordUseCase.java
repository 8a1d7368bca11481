package dev.parley.application.team.port.in;

import dev.parley.domain.shared.AgentId;

/** Driven by the REST adapter when a signed-in agent changes their own password. */
public interface ChangePasswordUseCase {

    /**
     * Replaces the agent's password. Wrong current passwords count like failed sign-ins and are throttled alike.
     *
     * @param agent the signed-in agent, whose password changes
     * @throws dev.parley.domain.team.WrongPasswordException when the current password is not right
     * @throws dev.parley.domain.team.TooManySignInAttemptsException after too many wrong current passwords
     * @throws dev.parley.domain.team.AgentNotFoundException when the agent is not an active member
     */
    void changePassword(AgentId agent, ChangePasswordCommand command);
}
