package dev.parley.application.view.port.in;

/** Driven by the REST adapter when an agent saves a view. */
public interface SaveViewUseCase {

    /**
     * Saves a view.
     *
     * @throws dev.parley.domain.team.AdminsOnlyException when a shared view is saved by an agent who is no admin
     * @throws dev.parley.domain.view.TooManyViewsException when the agent (or, for a shared view, the team) has as
     *     many views as may be kept
     */
    SavedViewDetails save(SaveViewCommand command);
}
