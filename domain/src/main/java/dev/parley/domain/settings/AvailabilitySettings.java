package dev.parley.domain.settings;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * When the team answers, and what visitors are told when it does not.
 *
 * @param businessHours the opening hours in the store's time zone, with closed dates
 * @param awayMessage what visitors are told outside business hours
 */
public record AvailabilitySettings(BusinessHours businessHours, AwayMessage awayMessage)
        implements SettingsSection<AvailabilitySettings> {

    public AvailabilitySettings {
        Objects.requireNonNull(businessHours, "business hours");
        Objects.requireNonNull(awayMessage, "away message");
    }

    /** A new store's: always open, with a friendly away message for when it is not. */
    public static AvailabilitySettings defaults() {
        return new AvailabilitySettings(
                BusinessHours.defaults(),
                new AwayMessage("Thanks for your message! We're away right now and will reply as soon as we're back."));
    }

    public AvailabilitySettings withBusinessHours(BusinessHours hours) {
        return new AvailabilitySettings(hours, awayMessage);
    }

    public AvailabilitySettings withAwayMessage(AwayMessage message) {
        return new AvailabilitySettings(businessHours, message);
    }

    @Override
    public Map<String, Object> changesSince(AvailabilitySettings before, Instant now) {
        Map<String, Object> changes = new LinkedHashMap<>();
        ChangeSummary.changed(
                changes,
                "businessHours",
                ChangeSummary.hours(before.businessHours),
                ChangeSummary.hours(businessHours));
        ChangeSummary.changed(changes, "awayMessage", before.awayMessage.value(), awayMessage.value());
        return changes;
    }
}
