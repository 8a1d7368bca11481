package dev.parley.adapters.rest;

import dev.parley.application.team.port.in.TeamMember;
import dev.parley.domain.team.Presence;
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
 * @param status whether they said they take chats now ({@code available}) or are {@code away}
 * @param presence {@code online} (an inbox connected, available), {@code away} (connected, away) or {@code offline}
 */
public record TeamMemberResponse(
        String id,
        String email,
        String name,
        String role,
        String createdAt,
        boolean deactivated,
        String status,
        String presence) {

    static TeamMemberResponse of(TeamMember member, Presence presence) {
        return new TeamMemberResponse(
                member.id().toString(),
                member.email(),
                member.name(),
                wire(member.role()),
                member.createdAt().truncatedTo(ChronoUnit.MILLIS).toString(),
                member.deactivated(),
                member.status().wire(),
                presence.wire());
    }

    static String wire(Role role) {
        return role.name().toLowerCase(Locale.ROOT);
    }
}
