package dev.parley.application.view.port.in;

import dev.parley.domain.shared.AgentId;
import dev.parley.domain.view.SavedViewId;
import dev.parley.domain.view.ViewFilter;
import dev.parley.domain.view.ViewName;
import java.util.Objects;

/**
 * An agent renames a view or replaces its filters (both are given).
 *
 * @param actor the agent who asks: the owner of a personal view, an admin for a shared one
 * @param view the view
 * @param name its new name
 * @param filter its new filters
 */
public record ReviseViewCommand(AgentId actor, SavedViewId view, ViewName name, ViewFilter filter) {

    public ReviseViewCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(view, "view");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(filter, "filter");
    }
}
