package dev.parley.application.view.port.in;

import dev.parley.domain.shared.AgentId;
import java.util.List;

/** Lists the views an agent sees; driven by the REST adapter. */
public interface ViewsQuery {

    /** The agent's own views, then the team's shared ones, each ordered by name ignoring case. */
    List<SavedViewDetails> views(AgentId viewer);
}
