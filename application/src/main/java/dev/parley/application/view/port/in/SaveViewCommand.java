package dev.parley.application.view.port.in;

import dev.parley.domain.shared.AgentId;
import dev.parley.domain.view.ViewFilter;
import dev.parley.domain.view.ViewName;
import java.util.Objects;

/**
 * An agent saves the inbox's filters as a view.
 *
 * @param actor the agent who saves it
 * @param name what the view is called
 * @param shared whether the whole team sees it; only admins save shared views
 * @param filter the filters it keeps
 */
public record SaveViewCommand(AgentId actor, ViewName name, boolean shared, ViewFilter filter) {

    public SaveViewCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(filter, "filter");
    }
}
