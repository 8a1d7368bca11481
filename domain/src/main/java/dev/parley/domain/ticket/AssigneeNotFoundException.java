package dev.parley.domain.ticket;

import dev.parley.domain.shared.AgentId;
import dev.parley.domain.shared.NotFoundException;

/** A ticket was to go to someone who is not on the team. */
public class AssigneeNotFoundException extends NotFoundException {

    private static final long serialVersionUID = 1L;

    public AssigneeNotFoundException(AgentId assignee) {
        super("agent_not_found", "There is no team member " + assignee + ".");
    }
}
