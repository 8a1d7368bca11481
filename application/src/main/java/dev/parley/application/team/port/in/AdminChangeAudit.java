package dev.parley.application.team.port.in;

import dev.parley.domain.audit.AuditAction;
import dev.parley.domain.shared.AgentId;
import java.util.Map;

/**
 * The step every admin use case shares: check that the actor is an admin, and record the committed change in the
 * audit log in the same transaction. Used by the use cases of other contexts that change what only admins may change
 * (settings, macros, API keys, the team).
 *
 * <p>A use case calls {@link #requireAdmin} first, makes its change, then {@link #record}s it with a summary of what
 * changed (never a secret). A change an agent makes to their own account is recorded with {@link AuditActor#of}.
 */
public interface AdminChangeAudit {

    /**
     * The admin making a change; the use cases check the actor themselves, whatever the transport already checked.
     *
     * @throws dev.parley.domain.team.AdminsOnlyException when the actor is unknown or not an admin
     */
    AuditActor requireAdmin(AgentId actor);

    /** Records a change in the audit log as the actor's, at this moment, in the current transaction. */
    void record(AuditActor actor, AuditAction action, Map<String, Object> summary);

    /**
     * Records a change by its action's stable code, such as {@code article.added}: for the contexts that name the
     * audit log's actions by their codes and hold none of its types.
     *
     * @throws IllegalArgumentException when no action has the code
     */
    default void record(AuditActor actor, String actionCode, Map<String, Object> summary) {
        record(actor, AuditAction.ofCode(actionCode), summary);
    }
}
