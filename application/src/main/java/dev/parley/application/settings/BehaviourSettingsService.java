package dev.parley.application.settings;

import dev.parley.application.settings.port.in.BehaviourSettingsQuery;
import dev.parley.application.settings.port.in.ChatBehaviour;
import dev.parley.application.settings.port.in.ChatBehaviourQuery;
import dev.parley.application.settings.port.in.StoreNameQuery;
import dev.parley.application.settings.port.in.UpdateBehaviourSettingsCommand;
import dev.parley.application.settings.port.in.UpdateBehaviourSettingsUseCase;
import dev.parley.application.settings.port.out.SettingsSectionPort;
import dev.parley.domain.settings.BehaviourSettings;
import dev.parley.domain.settings.StoreName;
import dev.parley.domain.shared.DomainException;
import dev.parley.domain.shared.Language;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;

/**
 * Shows admins how the chat behaves and lets them change it; tells the conversation and the inbox the welcome
 * message, the links and the waiting threshold, from memory in the steady state.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = DomainException.class)
public class BehaviourSettingsService
        implements StoreNameQuery, BehaviourSettingsQuery, UpdateBehaviourSettingsUseCase, ChatBehaviourQuery {

    private SettingsSectionPort<BehaviourSettings> store;
    private SettingsCache cache;
    private SettingsChanges changes;

    @Inject
    public BehaviourSettingsService(
            SettingsSectionPort<BehaviourSettings> store, SettingsCache cache, SettingsChanges changes) {
        this.store = store;
        this.cache = cache;
        this.changes = changes;
    }

    /** For CDI proxies only. */
    protected BehaviourSettingsService() {}

    @Override
    public BehaviourSettings behaviourSettings() {
        return cache.get(SECTION, store::load);
    }

    @Override
    public ChatBehaviour chatBehaviourFor(Optional<String> languageTag) {
        BehaviourSettings behaviour = behaviourSettings();
        Language visitorLanguage = languageTag.flatMap(Language::of).orElse(behaviour.language());
        return new ChatBehaviour(
                behaviour.welcomeMessageFor(visitorLanguage).value(),
                behaviour.privacyPolicyUrl(),
                behaviour.termsUrl(),
                behaviour.waitingThreshold());
    }

    @Override
    public Optional<String> storeName() {
        return behaviourSettings().storeName().map(StoreName::value);
    }

    @Override
    public BehaviourSettings update(UpdateBehaviourSettingsCommand command) {
        return changes.change(command.actor(), SECTION, store, (current, now) -> {
            BehaviourSettings result =
                    command.welcomeMessage().map(current::withWelcomeMessage).orElse(current);
            if (command.links().isPresent()) {
                result = result.withLinks(
                        command.links().get().privacyPolicyUrl(),
                        command.links().get().termsUrl());
            }
            result = command.language().map(result::withLanguage).orElse(result);
            result = command.storeName().map(result::withStoreName).orElse(result);
            result = command.welcomeTranslations()
                    .map(result::withWelcomeTranslations)
                    .orElse(result);
            return command.waitingThreshold().map(result::withWaitingThreshold).orElse(result);
        });
    }
}
