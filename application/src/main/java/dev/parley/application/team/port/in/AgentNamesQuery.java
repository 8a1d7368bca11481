package dev.parley.application.team.port.in;

import dev.parley.domain.shared.AgentId;
import java.util.Collection;
import java.util.Map;

/** Driven by whoever shows what agents wrote or did: the names to show them by. */
public interface AgentNamesQuery {

    /** The display names of the given agents, present or removed; unknown ids are left out. */
    Map<AgentId, String> displayNames(Collection<AgentId> ids);
}
