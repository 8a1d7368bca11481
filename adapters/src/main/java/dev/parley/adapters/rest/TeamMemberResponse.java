package dev.parley.adapters.rest;

import dev.parley.application.team.port.in.TeamMember;
import dev.parley.domain.team.Role;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * A team member as the team list shows them; never a password or its hash.
 *
 * @param id the agent's id
 * @param email their address
 * @param name their display name
 * @param role {@code agent} or {@code admin}
 * @param createdAt when they joined the team, ISO-8601 in UTC to the millisecond (databases keep different precisions)
 * @param deactivated whether they were removed from the team
 */
public record TeamMemberResponse(
        String id, String email, String name, String role, String createdAt, boolean deactivated) {

    static TeamMemberResponse of(TeamMember member) {
        return new TeamMemberResponse(
                member.id().toString(),
                member.email(),
                member.name(),
                wire(member.role()),
                member.createdAt().truncatedTo(ChronoUnit.MILLIS).toString(),
                member.deactivated());
    }

    static String wire(Role role) {
        return role.name().toLowerCase(Locale.ROOT);
    }
}
