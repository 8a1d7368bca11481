package dev.parley.application.team.port.in;

import java.util.Objects;
import java.util.Optional;

/**
 * A role change as it was done.
 *
 * @param member the member with their new role
 * @param rotatedSession the actor's session under its new token, when admins changed their own role
 */
public record RoleChanged(TeamMember member, Optional<IssuedSession> rotatedSession) {

    public RoleChanged {
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(rotatedSession, "rotated session");
    }
}
