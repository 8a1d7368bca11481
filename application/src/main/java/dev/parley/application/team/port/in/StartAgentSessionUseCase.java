package dev.parley.application.team.port.in;

import dev.parley.domain.shared.AgentId;

/** Driven by the REST adapter once an agent's sign-in succeeded (see {@link SignInUseCase}). */
public interface StartAgentSessionUseCase {

    /** Starts a new session for the agent, stored so that it survives a restart and is known to every node. */
    IssuedSession start(AgentId agent);
}
