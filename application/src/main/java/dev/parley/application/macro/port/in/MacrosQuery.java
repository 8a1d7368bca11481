package dev.parley.application.macro.port.in;

import dev.parley.domain.macro.MacroVariable;
import java.util.List;

/** Driven by the REST adapter to show the macros to any signed-in agent. */
public interface MacrosQuery {

    /** Every macro, unrendered, ordered by title (ignoring case). */
    List<MacroView> macros();

    /** The variables a macro may use, in the order the settings screen lists them. */
    List<MacroVariable> variables();
}
