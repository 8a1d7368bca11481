package dev.parley.domain.settings;

import dev.parley.domain.shared.InvalidValueException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * How the chat's launcher looks. While the store's <b>customer hub</b> is active, its design styles the chat
 * ({@link #effectiveAppearance()}) and the chat's own design cannot be changed.
 *
 * @param chatAppearance the chat's own design, in use only while the customer hub is inactive
 * @param customerHub the customer hub's state and design
 */
public record DesignSettings(Appearance chatAppearance, CustomerHub customerHub)
        implements SettingsSection<DesignSettings> {

    public DesignSettings {
        Objects.requireNonNull(chatAppearance, "chat appearance");
        Objects.requireNonNull(customerHub, "customer hub");
    }

    /** A new store's: Parley's blue launcher on the right and an inactive customer hub. */
    public static DesignSettings defaults() {
        return new DesignSettings(Appearance.defaults(), CustomerHub.defaults());
    }

    /**
     * Changes the chat's own design.
     *
     * @throws InvalidValueException while the customer hub is active, because its design is the one in use
     */
    public DesignSettings withChatAppearance(Appearance appearance) {
        Objects.requireNonNull(appearance, "chat appearance");
        if (customerHub.active()) {
            throw new InvalidValueException(
                    "appearance_locked_by_customer_hub",
                    "The customer hub is active, so the"
                            + " chat uses the hub's design; change the design in the customer hub settings.");
        }
        return new DesignSettings(appearance, customerHub);
    }

    /** Replaces the customer hub's state and design. */
    public DesignSettings withCustomerHub(CustomerHub hub) {
        return new DesignSettings(chatAppearance, hub);
    }

    /** The design the launcher shows: the customer hub's while the hub is active, otherwise the chat's own. */
    public Appearance effectiveAppearance() {
        return customerHub.active() ? customerHub.appearance() : chatAppearance;
    }

    /** Whether the chat's own design is set aside for the customer hub's, so that admins see a warning. */
    public boolean isChatAppearanceLocked() {
        return customerHub.active();
    }

    @Override
    public Map<String, Object> changesSince(DesignSettings before, Instant now) {
        Map<String, Object> changes = new LinkedHashMap<>();
        ChangeSummary.changed(
                changes,
                "appearance",
                ChangeSummary.design(before.chatAppearance),
                ChangeSummary.design(chatAppearance));
        ChangeSummary.changed(
                changes, "customerHub", ChangeSummary.hub(before.customerHub), ChangeSummary.hub(customerHub));
        return changes;
    }
}
