package dev.parley.application.settings;

import dev.parley.application.settings.port.in.Availability;
import dev.parley.application.settings.port.in.AvailabilityQuery;
import dev.parley.application.settings.port.in.AvailabilitySettingsQuery;
import dev.parley.application.settings.port.in.BehaviourSettingsQuery;
import dev.parley.application.settings.port.in.StoreTimeZoneQuery;
import dev.parley.application.settings.port.in.UpdateAvailabilitySettingsCommand;
import dev.parley.application.settings.port.in.UpdateAvailabilitySettingsUseCase;
import dev.parley.application.settings.port.out.SettingsSectionPort;
import dev.parley.domain.settings.AvailabilitySettings;
import dev.parley.domain.settings.BusinessHours;
import dev.parley.domain.settings.Language;
import dev.parley.domain.shared.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/**
 * Shows admins the business hours and the away message and lets them change them; tells the conversation whether the
 * team answers, from memory in the steady state.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = DomainException.class)
public class AvailabilitySettingsService
        implements AvailabilitySettingsQuery, UpdateAvailabilitySettingsUseCase, AvailabilityQuery, StoreTimeZoneQuery {

    private SettingsSectionPort<AvailabilitySettings> store;
    private SettingsCache cache;
    private SettingsChanges changes;
    private BehaviourSettingsQuery behaviour;

    @Inject
    public AvailabilitySettingsService(
            SettingsSectionPort<AvailabilitySettings> store,
            SettingsCache cache,
            SettingsChanges changes,
            BehaviourSettingsQuery behaviour) {
        this.store = store;
        this.cache = cache;
        this.changes = changes;
        this.behaviour = behaviour;
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
                availability.awayMessageFor(visitorLanguage).value());
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
