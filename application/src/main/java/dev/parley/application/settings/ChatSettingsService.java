package dev.parley.application.settings;

import dev.parley.application.settings.port.in.ChatSettingsQuery;
import dev.parley.application.settings.port.in.UpdateChatSettingsCommand;
import dev.parley.application.settings.port.in.UpdateChatSettingsUseCase;
import dev.parley.application.settings.port.out.SettingsSectionPort;
import dev.parley.domain.settings.ChatSettings;
import dev.parley.domain.shared.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Shows admins whether the chat and its onsite widget are on, and lets them switch them. */
@ApplicationScoped
@Transactional(dontRollbackOn = DomainException.class)
public class ChatSettingsService implements ChatSettingsQuery, UpdateChatSettingsUseCase {

    private SettingsSectionPort<ChatSettings> store;
    private SettingsCache cache;
    private SettingsChanges changes;

    @Inject
    public ChatSettingsService(SettingsSectionPort<ChatSettings> store, SettingsCache cache, SettingsChanges changes) {
        this.store = store;
        this.cache = cache;
        this.changes = changes;
    }

    /** For CDI proxies only. */
    protected ChatSettingsService() {}

    @Override
    public ChatSettings chatSettings() {
        return cache.get(SECTION, store::load);
    }

    @Override
    public ChatSettings update(UpdateChatSettingsCommand command) {
        return changes.change(command.actor(), SECTION, store, (current, now) -> {
            ChatSettings result = command.chatEnabled().map(current::switchedTo).orElse(current);
            return command.onsiteWidgetEnabled().map(result::withOnsiteWidget).orElse(result);
        });
    }
}
