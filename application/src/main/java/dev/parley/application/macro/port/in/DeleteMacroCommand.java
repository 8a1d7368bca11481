package dev.parley.application.macro.port.in;

import dev.parley.domain.macro.MacroId;
import dev.parley.domain.shared.AgentId;
import java.util.Objects;

/**
 * An admin deletes a macro.
 *
 * @param actor the agent who asks; must be an active admin
 * @param macro the macro
 */
public record DeleteMacroCommand(AgentId actor, MacroId macro) {

    public DeleteMacroCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(macro, "macro");
    }
}
