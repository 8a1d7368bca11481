package dev.parley.application.settings;

import dev.parley.application.settings.port.in.Availability;
import dev.parley.application.settings.port.in.WidgetConfig;
import dev.parley.application.settings.port.in.WidgetConfigQuery;
import dev.parley.domain.settings.AwayMessage;
import dev.parley.domain.settings.BehaviourSettings;
import dev.parley.domain.shared.DomainException;
import dev.parley.domain.shared.Language;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Tells the public widget how to look and behave, from the sections it shows: chat on/off, design, behaviour, FAQs and
 * availability, each from memory in the steady state.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = DomainException.class)
public class WidgetConfigService implements WidgetConfigQuery {

    private ChatSettingsService chat;
    private DesignSettingsService design;
    private BehaviourSettingsService behaviour;
    private FaqSettingsService faqs;
    private AvailabilitySettingsService availability;
    private AssistantSettingsService assistant;
    private Clock clock;

    @Inject
    public WidgetConfigService(
            ChatSettingsService chat,
            DesignSettingsService design,
            BehaviourSettingsService behaviour,
            FaqSettingsService faqs,
            AvailabilitySettingsService availability,
            AssistantSettingsService assistant,
            Clock clock) {
        this.assistant = assistant;
        this.chat = chat;
        this.design = design;
        this.behaviour = behaviour;
        this.faqs = faqs;
        this.availability = availability;
        this.clock = clock;
    }

    /** For CDI proxies only. */
    protected WidgetConfigService() {}

    @Override
    public WidgetConfig widgetConfig(Optional<String> languageTag) {
        Instant now = clock.instant();
        BehaviourSettings chatBehaviour = behaviour.behaviourSettings();
        Language storeLanguage = chatBehaviour.language();
        Language visitorLanguage = languageTag.flatMap(Language::of).orElse(storeLanguage);
        Availability hours = availability.availabilityAt(now, Optional.of(visitorLanguage.tag()));
        return new WidgetConfig(
                chat.chatSettings().widgetAvailable(),
                visitorLanguage,
                design.designSettings().effectiveAppearance().forVisitor(visitorLanguage),
                chatBehaviour.welcomeMessageFor(visitorLanguage),
                faqs.faqSettings().publishedFaqsFor(visitorLanguage, storeLanguage),
                chatBehaviour.privacyPolicyUrl(),
                chatBehaviour.termsUrl(),
                hours.open(),
                hours.teamOnline(),
                hours.nextOpening(),
                new AwayMessage(hours.awayMessage()),
                chatBehaviour.storeName(),
                assistant.assistantBehaviour().enabled(),
                assistant.assistantBehaviour().greeting());
    }
}
