package dev.parley.application.macro.port.in;

/** Driven by the REST adapter when an admin deletes a macro. */
public interface DeleteMacroUseCase {

    /**
     * Deletes the macro for good and tells every open inbox. Messages sent with its text keep it.
     *
     * @throws dev.parley.domain.team.AdminsOnlyException when the actor is not an active admin
     * @throws dev.parley.domain.macro.MacroNotFoundException when there is no such macro
     */
    void delete(DeleteMacroCommand command);
}
