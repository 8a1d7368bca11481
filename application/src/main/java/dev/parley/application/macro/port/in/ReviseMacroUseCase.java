package dev.parley.application.macro.port.in;

/** Driven by the REST adapter when an admin changes a macro. */
public interface ReviseMacroUseCase {

    /**
     * Replaces the macro's title and body and tells every open inbox.
     *
     * @throws dev.parley.domain.team.AdminsOnlyException when the actor is not an active admin
     * @throws dev.parley.domain.macro.MacroNotFoundException when there is no such macro
     */
    MacroView revise(ReviseMacroCommand command);
}
