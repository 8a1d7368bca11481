package dev.parley.domain.team;

import dev.parley.domain.shared.NotFoundException;

/** No such team member. */
public class AgentNotFoundException extends NotFoundException {

    private static final long serialVersionUID = 1L;

    public AgentNotFoundException(Object id) {
        super("agent_not_found", "There is no team member " + id + ".");
    }
}
