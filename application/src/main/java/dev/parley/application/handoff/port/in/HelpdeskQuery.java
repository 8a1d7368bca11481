package dev.parley.application.handoff.port.in;

import dev.parley.domain.shared.Helpdesk;

/** Whether the store connected an external helpdesk; driven by the AI agent's settings and its handoff. */
@FunctionalInterface
public interface HelpdeskQuery {

    /** Whether the helpdesk is connected, so that a handoff to it can be made. */
    boolean connected(Helpdesk helpdesk);
}
