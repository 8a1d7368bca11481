package dev.parley.application.view.port.in;

/** Driven by the REST adapter when an agent deletes a view. */
public interface DeleteViewUseCase {

    /**
     * Deletes a view.
     *
     * @throws dev.parley.domain.view.SavedViewNotFoundException when there is no such view the actor sees
     * @throws dev.parley.domain.team.AdminsOnlyException when the view is shared and the actor is no admin
     */
    void delete(DeleteViewCommand command);
}
