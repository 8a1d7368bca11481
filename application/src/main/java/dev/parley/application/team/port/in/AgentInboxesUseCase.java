package dev.parley.application.team.port.in;

import dev.parley.domain.shared.AgentId;

/**
 * Driven by the WebSocket adapter as agents' inboxes connect and go: an agent with at least one inbox connected can be
 * online. Every {@link #inboxOpened} is followed by exactly one {@link #inboxClosed} for the same agent.
 */
public interface AgentInboxesUseCase {

    /** An inbox of the agent connected and said hello. */
    void inboxOpened(AgentId agent);

    /** An inbox of the agent that had said hello went away. */
    void inboxClosed(AgentId agent);
}
