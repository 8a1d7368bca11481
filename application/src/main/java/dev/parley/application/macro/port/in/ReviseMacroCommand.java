package dev.parley.application.macro.port.in;

import dev.parley.domain.macro.MacroBody;
import dev.parley.domain.macro.MacroId;
import dev.parley.domain.macro.MacroTitle;
import dev.parley.domain.shared.AgentId;
import java.util.Objects;

/**
 * An admin replaces a macro's title and body.
 *
 * @param actor the agent who asks; must be an active admin
 * @param macro the macro
 * @param title its new title
 * @param body its new text
 */
public record ReviseMacroCommand(AgentId actor, MacroId macro, MacroTitle title, MacroBody body) {

    public ReviseMacroCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(macro, "macro");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(body, "body");
    }
}
