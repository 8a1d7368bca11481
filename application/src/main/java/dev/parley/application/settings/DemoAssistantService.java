package dev.parley.application.settings;

import dev.parley.application.settings.port.in.AssistantSettingsQuery;
import dev.parley.application.settings.port.in.TurnOnDemoAssistantUseCase;
import dev.parley.application.settings.port.out.SettingsSectionPort;
import dev.parley.domain.settings.AssistantSettings;
import dev.parley.domain.shared.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Turns the AI agent on for the demo store, once it has the demo store's knowledge. */
@ApplicationScoped
@Transactional(dontRollbackOn = DomainException.class)
public class DemoAssistantService implements TurnOnDemoAssistantUseCase {

    private SettingsSectionPort<AssistantSettings> assistant;
    private SettingsCache cache;

    @Inject
    public DemoAssistantService(SettingsSectionPort<AssistantSettings> assistant, SettingsCache cache) {
        this.assistant = assistant;
        this.cache = cache;
    }

    /** For CDI proxies only. */
    protected DemoAssistantService() {}

    @Override
    public void turnOn() {
        AssistantSettings current = assistant.loadForUpdate();
        assistant.save(new AssistantSettings(
                true,
                current.mode(),
                current.handoffTarget(),
                current.handoffMessage(),
                current.greeting(),
                current.turnLimit(),
                current.minCoverage(),
                current.minLead()));
        cache.refresh(AssistantSettingsQuery.SECTION);
    }
}
