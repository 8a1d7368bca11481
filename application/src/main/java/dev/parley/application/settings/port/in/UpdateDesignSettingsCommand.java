package dev.parley.application.settings.port.in;

import dev.parley.domain.settings.Appearance;
import dev.parley.domain.settings.CustomerHub;
import dev.parley.domain.shared.AgentId;
import java.util.Objects;
import java.util.Optional;

/**
 * An admin changes the chat's design or the customer hub; an empty field stays as it is. The customer hub changes
 * before the chat's design, so one command can switch the hub off and change the design; resending the chat's current
 * design is no change, even while the hub is active.
 *
 * @param actor the admin
 * @param chatAppearance the chat's own design
 * @param customerHub the customer hub's state and design
 */
public record UpdateDesignSettingsCommand(
        AgentId actor, Optional<Appearance> chatAppearance, Optional<CustomerHub> customerHub) {

    public UpdateDesignSettingsCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(chatAppearance, "chat appearance");
        Objects.requireNonNull(customerHub, "customer hub");
    }
}
