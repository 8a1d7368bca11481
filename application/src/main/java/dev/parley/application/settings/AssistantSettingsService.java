package dev.parley.application.settings;

import dev.parley.application.settings.port.in.AssistantBehaviour;
import dev.parley.application.settings.port.in.AssistantBehaviourQuery;
import dev.parley.application.settings.port.in.AssistantSettingsQuery;
import dev.parley.application.settings.port.in.LanguageModelAvailability;
import dev.parley.application.settings.port.in.UpdateAssistantSettingsCommand;
import dev.parley.application.settings.port.in.UpdateAssistantSettingsUseCase;
import dev.parley.application.settings.port.out.ConnectedHelpdesksPort;
import dev.parley.application.settings.port.out.SettingsSectionPort;
import dev.parley.domain.settings.AssistantSettings;
import dev.parley.domain.settings.AssistantSettings.AssistantMode;
import dev.parley.domain.settings.AssistantSettings.HandoffTarget;
import dev.parley.domain.shared.DomainException;
import dev.parley.domain.shared.HelpdeskNotConnectedException;
import dev.parley.domain.shared.InvalidValueException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Locale;
import java.util.Optional;

/** Shows admins the AI agent's settings and lets them change them; tells the chat how the AI agent behaves. */
@ApplicationScoped
@Transactional(dontRollbackOn = DomainException.class)
public class AssistantSettingsService
        implements AssistantSettingsQuery, UpdateAssistantSettingsUseCase, AssistantBehaviourQuery {

    private SettingsSectionPort<AssistantSettings> store;
    private SettingsCache cache;
    private SettingsChanges changes;
    private LanguageModelAvailability languageModel;
    private ConnectedHelpdesksPort helpdesks;

    @Inject
    public AssistantSettingsService(
            SettingsSectionPort<AssistantSettings> store,
            SettingsCache cache,
            SettingsChanges changes,
            LanguageModelAvailability languageModel,
            ConnectedHelpdesksPort helpdesks) {
        this.store = store;
        this.cache = cache;
        this.changes = changes;
        this.languageModel = languageModel;
        this.helpdesks = helpdesks;
    }

    /** For CDI proxies only. */
    protected AssistantSettingsService() {}

    @Override
    public AssistantSettings assistantSettings() {
        return cache.get(SECTION, store::load);
    }

    @Override
    public LanguageModelAvailability languageModel() {
        return languageModel;
    }

    @Override
    public AssistantBehaviour assistantBehaviour() {
        AssistantSettings settings = assistantSettings();
        return new AssistantBehaviour(
                settings.enabled(),
                settings.handoffTarget() == HandoffTarget.MESSAGE ? settings.handoffMessage() : Optional.empty(),
                settings.greeting(),
                settings.turnLimit(),
                settings.minCoverage(),
                settings.minLead(),
                settings.mode() == AssistantMode.LANGUAGE_MODEL,
                settings.handoffTarget().helpdesk());
    }

    @Override
    public AssistantSettings update(UpdateAssistantSettingsCommand command) {
        AssistantMode mode = command.mode()
                .map(value ->
                        parse(AssistantMode.class, value, "invalid_assistant_mode", "retrieval or language_model"))
                .orElse(null);
        HandoffTarget target = command.handoffTarget()
                .map(value -> parse(
                        HandoffTarget.class, value, "invalid_handoff_target", "inbox, message, zendesk or gorgias"))
                .orElse(null);
        return changes.change(command.actor(), SECTION, store, (current, now) -> {
            if (mode == AssistantMode.LANGUAGE_MODEL
                    && current.mode() != AssistantMode.LANGUAGE_MODEL
                    && !languageModel.configured()) {
                throw new InvalidValueException(
                        "language_model_not_configured",
                        "No language model is configured on this server (PARLEY_AI_BASE_URL and"
                                + " PARLEY_AI_MODEL); the AI agent answers with the built-in search.");
            }
            if (target != null && target != current.handoffTarget()) {
                target.helpdesk()
                        .filter(helpdesk -> !helpdesks.connected(helpdesk))
                        .ifPresent(helpdesk -> {
                            throw new HelpdeskNotConnectedException(helpdesk);
                        });
            }
            return new AssistantSettings(
                    command.enabled().orElse(current.enabled()),
                    mode == null ? current.mode() : mode,
                    target == null ? current.handoffTarget() : target,
                    command.handoffMessage().isPresent() ? command.handoffMessage() : current.handoffMessage(),
                    command.greeting().isPresent() ? command.greeting() : current.greeting(),
                    command.turnLimit().orElse(current.turnLimit()),
                    threshold(command.minCoverage(), current.minCoverage()),
                    threshold(command.minLead(), current.minLead()));
        });
    }

    /** A threshold as changed: 0 goes back to the built-in default, none leaves it as it is. */
    private static Optional<Double> threshold(Optional<Double> changed, Optional<Double> current) {
        if (changed.isEmpty()) {
            return current;
        }
        return changed.filter(value -> value != 0);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String code, String allowed) {
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new InvalidValueException(code, "Expected " + allowed + ", not \"" + value + "\".");
        }
    }
}
