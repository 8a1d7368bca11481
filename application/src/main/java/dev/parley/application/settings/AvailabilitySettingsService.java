package dev.parley.application.settings;

import dev.parley.application.settings.port.in.Availability;
import dev.parley.application.settings.port.in.AvailabilityQuery;
import dev.parley.application.settings.port.in.AvailabilitySettingsQuery;
import dev.parley.application.settings.port.in.BehaviourSettingsQuery;
import dev.parley.application.settings.port.in.StoreTimeZoneQuery;
import dev.parley.application.settings.port.in.UpdateAvailabilitySettingsCommand;
import dev.parley.application.settings.port.in.UpdateAvailabilitySettingsUseCase;
import dev.parley.application.settings.port.out.SettingsSectionPort;
import dev.parley.application.team.port.in.TeamPresenceQuery;
import dev.parley.domain.settings.AvailabilitySettings;
import dev.parley.domain.settings.BusinessHours;
import dev.parley.domain.shared.DomainException;
import dev.parley.domain.shared.Language;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/**
 * Shows admins the business hours and the away message and lets them change them; tells the conversation and the
 * widget whether the team answers (within business hours, and whether anyone is online), from memory in the steady
 * state.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = DomainException.class)
public class AvailabilitySettingsService
        implements AvailabilitySettingsQuery, UpdateAvailabilitySettingsUseCase, AvailabilityQuery, StoreTimeZoneQuery {

    private SettingsSectionPort<AvailabilitySettings> store;
    private SettingsCache cache;
    private SettingsChanges changes;
    private BehaviourSettingsQuery behaviour;
    private TeamPresenceQuery presence;

    @Inject
    public AvailabilitySettingsService(
            SettingsSectionPort<AvailabilitySettings> store,
            SettingsCache cache,
            SettingsChanges changes,
            BehaviourSettingsQuery behaviour,
            TeamPresenceQuery presence) {
        this.store = store;
        this.cache = cache;
        this.changes = changes;
        this.behaviour = behaviour;
        this.presence = presence;
    }

    /** For CDI proxies only. */
    protected AvailabilitySettingsService() {}

    @Override
    public AvailabilitySettings availabilitySettings() {
        return cache.get(SECTION, store::load);
    }

    @Override
    public Availability availabilityAt(Instant at, Optional<String> languageTag) {
        AvailabilitySettings availability = availabilitySettings();
        Language storeLanguage = behaviour.behaviourSettings().language();
        Language visitorLanguage = languageTag.flatMap(Language::of).orElse(storeLanguage);
        BusinessHours hours = availability.businessHours();
        boolean open = hours.isOpenAt(at);
        return new Availability(
                open,
                open ? Optional.empty() : hours.nextOpeningAfter(at),
                availability.awayMessageFor(visitorLanguage).value(),
                presence.anyoneOnline());
    }

    @Override
    public ZoneId storeTimeZone() {
        return availabilitySettings().businessHours().zone();
    }

    @Override
    public AvailabilitySettings update(UpdateAvailabilitySettingsCommand command) {
        return changes.change(command.actor(), SECTION, store, (current, now) -> {
            AvailabilitySettings result =
                    command.businessHours().map(current::withBusinessHours).orElse(current);
            result =
                    command.awayTranslations().map(result::withAwayTranslations).orElse(result);
            return command.awayMessage().map(result::withAwayMessage).orElse(result);
        });
    }
}
