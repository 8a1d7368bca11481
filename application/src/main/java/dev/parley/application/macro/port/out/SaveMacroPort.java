package dev.parley.application.macro.port.out;

import dev.parley.domain.macro.Macro;
import dev.parley.domain.macro.MacroId;

/** Stores macros; driven by the macro use cases. */
public interface SaveMacroPort {

    void create(Macro macro);

    /**
     * Stores the changed title, body and time of an existing macro.
     *
     * @throws dev.parley.domain.macro.MacroNotFoundException when it was deleted meanwhile
     */
    void update(Macro macro);

    /**
     * Deletes a macro.
     *
     * @return whether there was one to delete
     */
    boolean delete(MacroId id);
}
