package dev.parley.application.macro.port.in;

/** Driven by the REST adapter when an admin adds a macro. */
public interface AddMacroUseCase {

    /**
     * Stores a new macro and tells every open inbox.
     *
     * @throws dev.parley.domain.team.AdminsOnlyException when the actor is not an active admin
     * @throws dev.parley.domain.macro.TooManyMacrosException when the store keeps as many macros as it may
     */
    MacroView add(AddMacroCommand command);
}
