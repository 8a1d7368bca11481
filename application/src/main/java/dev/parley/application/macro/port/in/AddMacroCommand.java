package dev.parley.application.macro.port.in;

import dev.parley.domain.macro.MacroBody;
import dev.parley.domain.macro.MacroTitle;
import dev.parley.domain.shared.AgentId;
import java.util.Objects;

/**
 * An admin adds a macro.
 *
 * @param actor the agent who asks; must be an active admin
 * @param title what agents pick it by
 * @param body its text, whose variables are all known (checked when the body was made)
 */
public record AddMacroCommand(AgentId actor, MacroTitle title, MacroBody body) {

    public AddMacroCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(body, "body");
    }
}
