package dev.parley.application.settings;

import dev.parley.application.settings.port.in.DesignSettingsQuery;
import dev.parley.application.settings.port.in.UpdateDesignSettingsCommand;
import dev.parley.application.settings.port.in.UpdateDesignSettingsUseCase;
import dev.parley.application.settings.port.out.SettingsSectionPort;
import dev.parley.domain.settings.DesignSettings;
import dev.parley.domain.shared.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Shows admins the chat's design and the customer hub's, and lets them change them. */
@ApplicationScoped
@Transactional(dontRollbackOn = DomainException.class)
public class DesignSettingsService implements DesignSettingsQuery, UpdateDesignSettingsUseCase {

    private SettingsSectionPort<DesignSettings> store;
    private SettingsCache cache;
    private SettingsChanges changes;

    @Inject
    public DesignSettingsService(
            SettingsSectionPort<DesignSettings> store, SettingsCache cache, SettingsChanges changes) {
        this.store = store;
        this.cache = cache;
        this.changes = changes;
    }

    /** For CDI proxies only. */
    protected DesignSettingsService() {}

    @Override
    public DesignSettings designSettings() {
        return cache.get(SECTION, store::load);
    }

    @Override
    public DesignSettings update(UpdateDesignSettingsCommand command) {
        return changes.change(command.actor(), SECTION, store, (current, now) -> {
            // The hub first: switching it off in the same command unlocks the chat's own design.
            DesignSettings result =
                    command.customerHub().map(current::withCustomerHub).orElse(current);
            if (command.chatAppearance().isPresent()
                    && !command.chatAppearance().get().equals(result.chatAppearance())) {
                // A form that sends back the design it showed changes nothing, even while the hub locks the design.
                result = result.withChatAppearance(command.chatAppearance().get());
            }
            return result;
        });
    }
}
