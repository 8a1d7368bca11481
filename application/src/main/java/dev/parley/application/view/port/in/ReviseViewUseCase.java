package dev.parley.application.view.port.in;

/** Driven by the REST adapter when an agent renames a view or changes its filters. */
public interface ReviseViewUseCase {

    /**
     * Renames a view and replaces its filters.
     *
     * @throws dev.parley.domain.view.SavedViewNotFoundException when there is no such view the actor sees
     * @throws dev.parley.domain.team.AdminsOnlyException when the view is shared and the actor is no admin
     */
    SavedViewDetails revise(ReviseViewCommand command);
}
