package dev.parley.application.macro.port.in;

import dev.parley.domain.macro.MacroId;
import java.util.Objects;

/**
 * A macro rendered for one agent answering one ticket: what the composer inserts.
 *
 * @param id the macro
 * @param title its title
 * @param text its body with every variable replaced, plain text
 */
public record RenderedMacro(MacroId id, String title, String text) {

    public RenderedMacro {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
    }
}
