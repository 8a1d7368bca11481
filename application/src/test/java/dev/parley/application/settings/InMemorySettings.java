package dev.parley.application.settings;

import dev.parley.application.audit.port.out.RecordAuditEntryPort;
import dev.parley.application.settings.port.in.LanguageModelAvailability;
import dev.parley.application.settings.port.out.PublishSettingsChangedPort;
import dev.parley.application.team.AdminChangeAuditService;
import dev.parley.application.team.port.in.TeamPresenceQuery;
import dev.parley.application.team.port.out.LoadAgentPort;
import dev.parley.domain.settings.AssistantSettings;
import dev.parley.domain.settings.AvailabilitySettings;
import dev.parley.domain.settings.BehaviourSettings;
import dev.parley.domain.settings.ChatSettings;
import dev.parley.domain.settings.DesignSettings;
import dev.parley.domain.settings.EmailNotificationSettings;
import dev.parley.domain.settings.EmbeddingSettings;
import dev.parley.domain.settings.FaqSettings;
import dev.parley.domain.shared.AgentId;
import dev.parley.domain.team.Presence;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The store's settings in memory, one store per section, with the real settings services on top. The news of a
 * change is delivered at once, as the WebSocket adapter delivers it after commit: the cache forgets the section.
 */
public final class InMemorySettings implements PublishSettingsChangedPort {

    /**
     * One piece of settings news.
     *
     * @param section the section that changed
     * @param waitingThreshold the waiting threshold told to inboxes
     */
    public record News(String section, Duration waitingThreshold) {}

    public final InMemorySection<ChatSettings> chat = new InMemorySection<>(ChatSettings.defaults());
    public final InMemorySection<DesignSettings> design = new InMemorySection<>(DesignSettings.defaults());
    public final InMemorySection<BehaviourSettings> behaviour = new InMemorySection<>(BehaviourSettings.defaults());
    public final InMemorySection<FaqSettings> faqs = new InMemorySection<>(FaqSettings.defaults());
    public final InMemorySection<AvailabilitySettings> availability =
            new InMemorySection<>(AvailabilitySettings.defaults());
    public final InMemorySection<AssistantSettings> assistant = new InMemorySection<>(AssistantSettings.defaults());
    public final InMemorySection<EmbeddingSettings> embedding = new InMemorySection<>(EmbeddingSettings.defaults());
    public final InMemorySection<EmailNotificationSettings> emailNotifications =
            new InMemorySection<>(EmailNotificationSettings.defaults());
    public final SettingsCache cache = new SettingsCache();
    public final SettingsChanges changes;
    private final List<News> announced = new ArrayList<>();

    public final ChatSettingsService chatService;
    public final DesignSettingsService designService;
    public final BehaviourSettingsService behaviourService;
    public final FaqSettingsService faqService;
    public final AvailabilitySettingsService availabilityService;
    public final EmbeddingSettingsService embeddingService;
    public final EmailNotificationSettingsService emailNotificationService;
    public final AssistantSettingsService assistantService;
    public final WidgetConfigService widgetConfigService;

    /** Whether an agent is online, as the widget is told; someone is, unless a test says otherwise. */
    public boolean teamOnline = true;

    public InMemorySettings(LoadAgentPort agents, RecordAuditEntryPort audit, Clock clock) {
        changes = new SettingsChanges(new AdminChangeAuditService(agents, audit, clock), this, behaviour, cache, clock);
        chatService = new ChatSettingsService(chat, cache, changes);
        designService = new DesignSettingsService(design, cache, changes);
        behaviourService = new BehaviourSettingsService(behaviour, cache, changes);
        faqService = new FaqSettingsService(faqs, cache, changes);
        availabilityService = new AvailabilitySettingsService(
                availability, cache, changes, behaviourService, new TeamPresenceQuery() {
                    @Override
                    public Presence presenceOf(AgentId agent) {
                        return teamOnline ? Presence.ONLINE : Presence.OFFLINE;
                    }

                    @Override
                    public boolean anyoneOnline() {
                        return teamOnline;
                    }
                });
        embeddingService = new EmbeddingSettingsService(embedding, cache, changes, clock);
        emailNotificationService = new EmailNotificationSettingsService(emailNotifications, cache, changes);
        assistantService = new AssistantSettingsService(
                assistant, cache, changes, LanguageModelAvailability.none(), helpdesk -> false);
        widgetConfigService = new WidgetConfigService(
                chatService, designService, behaviourService, faqService, availabilityService, assistantService, clock);
    }

    @Override
    public void settingsChanged(String section, Duration waitingThreshold) {
        announced.add(new News(section, waitingThreshold));
        cache.refresh(section);
    }

    /** The news of each change, in order. */
    public List<News> announced() {
        return announced;
    }

    /** How often any section was read from its store. */
    public int loads() {
        return Stream.of(chat, design, behaviour, faqs, availability, embedding, emailNotifications)
                .mapToInt(InMemorySection::loads)
                .sum();
    }

    /** How many times any section was saved. */
    public int saves() {
        return Stream.of(chat, design, behaviour, faqs, availability, embedding, emailNotifications)
                .mapToInt(section -> section.saves().size())
                .sum();
    }
}
