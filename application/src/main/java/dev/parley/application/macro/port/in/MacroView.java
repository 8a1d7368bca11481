package dev.parley.application.macro.port.in;

import dev.parley.domain.macro.Macro;
import dev.parley.domain.macro.MacroId;
import dev.parley.domain.macro.MacroVariable;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A macro as the settings screen shows it, unrendered.
 *
 * @param id the macro
 * @param title its title
 * @param body its text with its variables as written
 * @param variables the variables the body uses, each once, in order of appearance
 * @param updatedAt when it was written or last revised
 */
public record MacroView(MacroId id, String title, String body, List<MacroVariable> variables, Instant updatedAt) {

    public MacroView {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(body, "body");
        variables = List.copyOf(variables);
        Objects.requireNonNull(updatedAt, "updated at");
    }

    public static MacroView of(Macro macro) {
        return new MacroView(
                macro.id(), macro.title().value(), macro.body().value(), macro.variables(), macro.updatedAt());
    }
}
