package dev.parley.application.profile.port.in;

import dev.parley.domain.shared.VisitorId;
import java.util.Objects;

/**
 * A visitor gives the address where the team may answer them.
 *
 * @param visitor who gives it
 * @param clientAddress where the frame came from, for the per-address limit
 * @param email the address as typed; checked by the profile
 */
public record GiveEmailCommand(VisitorId visitor, String clientAddress, String email) {

    public GiveEmailCommand {
        Objects.requireNonNull(visitor, "visitor");
        Objects.requireNonNull(clientAddress, "client address");
        Objects.requireNonNull(email, "email");
    }
}
