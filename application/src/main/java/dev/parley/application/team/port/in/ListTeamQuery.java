package dev.parley.application.team.port.in;

import dev.parley.domain.shared.AgentId;
import java.util.List;
import java.util.Optional;

/** Driven by the REST adapter to show the team, e.g. to pick an assignee. */
public interface ListTeamQuery {

    /**
     * The team ordered by name (then by address).
     *
     * @param includingDeactivated whether removed members are listed too
     */
    List<TeamMember> listTeam(boolean includingDeactivated);

    /** One member, present or removed. */
    Optional<TeamMember> member(AgentId id);
}
