package dev.parley.application.view.port.in;

import dev.parley.domain.shared.AgentId;
import dev.parley.domain.view.SavedViewId;
import java.util.Objects;

/**
 * An agent deletes a view.
 *
 * @param actor the agent who asks: the owner of a personal view, an admin for a shared one
 * @param view the view
 */
public record DeleteViewCommand(AgentId actor, SavedViewId view) {

    public DeleteViewCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(view, "view");
    }
}
