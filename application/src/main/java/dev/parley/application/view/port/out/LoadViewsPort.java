package dev.parley.application.view.port.out;

import dev.parley.domain.shared.AgentId;
import dev.parley.domain.view.SavedView;
import dev.parley.domain.view.SavedViewId;
import java.util.List;
import java.util.Optional;

/** Reads saved views; driven by the view use cases. */
public interface LoadViewsPort {

    /** The agent's personal views and every shared view, in no particular order. */
    List<SavedView> visibleTo(AgentId agent);

    Optional<SavedView> findById(SavedViewId id);

    /**
     * How many personal views the agent has, or (for {@code owner} empty) how many shared views the team has, counted
     * under a lock held until the transaction ends, so that two saves at once cannot both pass the limit.
     */
    long countForAdding(Optional<AgentId> owner);
}
