package dev.parley.application.team.port.in;

import dev.parley.domain.shared.AgentId;

/**
 * Driven by the use cases of other contexts that are for admins only but change nothing (the AI agent's test console):
 * whether the actor is an admin, checked in a transaction of its own, so that they hold none while they work. Use
 * cases that change something check with {@link AdminChangeAudit#requireAdmin} in their own transaction instead.
 */
public interface AdminCheck {

    /**
     * Checks that the actor is an active admin.
     *
     * @throws dev.parley.domain.team.AdminsOnlyException when the actor is unknown, removed or not an admin
     */
    void requireAdmin(AgentId actor);
}
