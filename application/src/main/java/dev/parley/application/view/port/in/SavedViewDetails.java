package dev.parley.application.view.port.in;

import dev.parley.domain.shared.AgentId;
import dev.parley.domain.view.SavedView;
import dev.parley.domain.view.SavedViewId;
import dev.parley.domain.view.ViewFilter;
import java.time.Instant;
import java.util.Objects;

/**
 * A saved view as the inbox lists it.
 *
 * @param id the view
 * @param name its name
 * @param shared whether the whole team sees it (else only its owner)
 * @param owner the agent who saved it
 * @param filter the filters it keeps
 * @param updatedAt when it was saved or last changed
 */
public record SavedViewDetails(
        SavedViewId id, String name, boolean shared, AgentId owner, ViewFilter filter, Instant updatedAt) {

    public SavedViewDetails {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(updatedAt, "updated at");
    }

    public static SavedViewDetails of(SavedView view) {
        return new SavedViewDetails(
                view.id(), view.name().value(), view.shared(), view.owner(), view.filter(), view.updatedAt());
    }
}
