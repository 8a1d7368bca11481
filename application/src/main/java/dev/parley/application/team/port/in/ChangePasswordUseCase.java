package dev.parley.application.team.port.in;

import dev.parley.domain.shared.AgentId;
import dev.parley.domain.team.SessionToken;
import java.util.Optional;

/** Driven by the REST adapter when a signed-in agent changes their own password. */
public interface ChangePasswordUseCase {

    /**
     * Replaces the agent's password. Wrong current passwords count like failed sign-ins and are throttled alike. Every
     * other session of the agent ends (its connections close), and the session the change was made in goes on under
     * a new token and CSRF token.
     *
     * @param agent the signed-in agent, whose password changes
     * @param session the session the change is made in
     * @return the session's new token and CSRF token; empty if that session ended meanwhile
     * @throws dev.parley.domain.team.WrongPasswordException when the current password is not right
     * @throws dev.parley.domain.team.TooManySignInAttemptsException after too many wrong current passwords
     * @throws dev.parley.domain.team.AgentNotFoundException when the agent is not an active member
     */
    Optional<IssuedSession> changePassword(AgentId agent, SessionToken session, ChangePasswordCommand command);
}
