package dev.parley.application.settings.port.in;

import dev.parley.domain.settings.AwayMessage;
import dev.parley.domain.settings.BusinessHours;
import dev.parley.domain.settings.Translations;
import dev.parley.domain.shared.AgentId;
import java.util.Objects;
import java.util.Optional;

/**
 * An admin changes when the team answers, or what visitors are told when it does not; an empty field stays as it is.
 *
 * @param actor the admin
 * @param businessHours when the team answers
 * @param awayMessage the answer outside business hours
 */
public record UpdateAvailabilitySettingsCommand(
        AgentId actor,
        Optional<BusinessHours> businessHours,
        Optional<AwayMessage> awayMessage,
        Optional<Translations<AwayMessage>> awayTranslations) {

    public UpdateAvailabilitySettingsCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(businessHours, "business hours");
        Objects.requireNonNull(awayMessage, "away message");
        Objects.requireNonNull(awayTranslations, "away message translations");
    }

    /** A change that leaves the away message's translations as they are. */
    public UpdateAvailabilitySettingsCommand(
            AgentId actor, Optional<BusinessHours> businessHours, Optional<AwayMessage> awayMessage) {
        this(actor, businessHours, awayMessage, Optional.empty());
    }
}
