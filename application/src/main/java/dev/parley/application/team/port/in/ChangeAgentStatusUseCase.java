package dev.parley.application.team.port.in;

import dev.parley.domain.shared.AgentId;
import dev.parley.domain.team.AgentStatus;

/** Driven by the REST adapter when an agent says they take chats now, or are away. */
public interface ChangeAgentStatusUseCase {

    /**
     * Keeps the status the agent chose and tells the team and the widgets what changed for them.
     *
     * @return the status the agent has now
     * @throws dev.parley.domain.team.AgentNotFoundException when the agent was removed from the team
     */
    AgentStatus changeStatus(AgentId agent, AgentStatus status);
}
