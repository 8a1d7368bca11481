package dev.parley.domain.team;

import dev.parley.domain.shared.InvalidValueException;
import java.util.Locale;

/**
 * What an agent says of themselves: available for chats, or away (at lunch, in a meeting). New accounts are
 * available. Whether they are reachable at all is {@link Presence}: only a signed-in inbox can answer.
 */
public enum AgentStatus {
    /** Takes chats. */
    AVAILABLE,
    /** Signed in but not taking chats now. */
    AWAY;

    /** The status as the wire names it: {@code available} or {@code away}. */
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The status a wire name stands for.
     *
     * @throws InvalidValueException {@code invalid_status} for anything but {@code available} or {@code away}
     */
    public static AgentStatus ofWire(String value) {
        if (value != null) {
            for (AgentStatus status : values()) {
                if (status.wire().equals(value.strip())) {
                    return status;
                }
            }
        }
        throw new InvalidValueException("invalid_status", "A status is 'available' or 'away'.");
    }
}
