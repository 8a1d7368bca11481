package dev.parley.application.settings;

import dev.parley.application.audit.port.out.RecordAuditEntryPort;
import dev.parley.application.settings.port.in.StoreSettingsQuery;
import dev.parley.application.settings.port.in.StoreSettingsView;
import dev.parley.application.settings.port.in.UpdateStoreSettingsCommand;
import dev.parley.application.settings.port.in.UpdateStoreSettingsCommand.FaqEntry;
import dev.parley.application.settings.port.in.UpdateStoreSettingsCommand.IdentityVerificationChange;
import dev.parley.application.settings.port.in.UpdateStoreSettingsCommand.Links;
import dev.parley.application.settings.port.in.UpdateStoreSettingsUseCase;
import dev.parley.application.settings.port.in.WidgetConfig;
import dev.parley.application.settings.port.in.WidgetConfigQuery;
import dev.parley.application.settings.port.out.LoadStoreSettingsPort;
import dev.parley.application.settings.port.out.PublishSettingsChangedPort;
import dev.parley.application.settings.port.out.SaveStoreSettingsPort;
import dev.parley.application.team.port.out.LoadAgentPort;
import dev.parley.domain.audit.AuditAction;
import dev.parley.domain.audit.AuditEntry;
import dev.parley.domain.settings.Appearance;
import dev.parley.domain.settings.BusinessHours;
import dev.parley.domain.settings.Faq;
import dev.parley.domain.settings.FaqId;
import dev.parley.domain.settings.IdentityVerification;
import dev.parley.domain.settings.SettingsChangeSummary;
import dev.parley.domain.settings.StoreSettings;
import dev.parley.domain.shared.AgentId;
import dev.parley.domain.team.AdminsOnlyException;
import dev.parley.domain.team.Agent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Shows the store's settings to admins and lets them change them, and tells the public widget how to look and behave.
 * A change is made to a copy of the settings, section by section, and stored only when every section was accepted;
 * a stored change is recorded in the audit log in the same transaction, and announced to the open widgets and
 * inboxes once committed.
 */
@ApplicationScoped
@Transactional
public class SettingsService implements StoreSettingsQuery, UpdateStoreSettingsUseCase, WidgetConfigQuery {

    private LoadStoreSettingsPort settings;
    private SaveStoreSettingsPort savedSettings;
    private PublishSettingsChangedPort news;
    private LoadAgentPort agents;
    private RecordAuditEntryPort audit;
    private Clock clock;
    private final SecureRandom random = new SecureRandom();

    @Inject
    public SettingsService(LoadStoreSettingsPort settings, SaveStoreSettingsPort savedSettings,
            PublishSettingsChangedPort news, LoadAgentPort agents, RecordAuditEntryPort audit, Clock clock) {
        this.settings = settings;
        this.savedSettings = savedSettings;
        this.news = news;
        this.agents = agents;
        this.audit = audit;
        this.clock = clock;
    }

    /** For CDI proxies only. */
    protected SettingsService() {
    }

    @Override
    public StoreSettingsView settings() {
        return StoreSettingsView.of(settings.load(), clock.instant());
    }

    @Override
    public StoreSettingsView update(AgentId actor, UpdateStoreSettingsCommand command) {
        Agent admin = agents.findById(actor).orElseThrow(AdminsOnlyException::new);
        admin.requireAdmin();
        Instant now = clock.instant();
        StoreSettings current = settings.loadForUpdate();
        StoreSettings changed = applied(command, current, now);
        if (!changed.equals(current)) {
            savedSettings.save(changed);
            audit.record(AuditEntry.record(now, admin.id(), admin.displayName(), AuditAction.SETTINGS_UPDATED,
                    SettingsChangeSummary.of(current, changed, now)));
            news.settingsChanged(changed.waitingThreshold());
        }
        StoreSettingsView view = StoreSettingsView.of(changed, now);
        boolean rotated = command.identityVerification().filter(IdentityVerificationChange::rotate).isPresent();
        return rotated ? view.withNewIdentitySecret(changed.identityVerification().secret().orElseThrow()) : view;
    }

    @Override
    public WidgetConfig widgetConfig() {
        StoreSettings store = settings.load();
        Instant now = clock.instant();
        BusinessHours hours = store.businessHours();
        boolean openNow = hours.isOpenAt(now);
        Optional<Instant> nextOpening = openNow ? Optional.empty() : hours.nextOpeningAfter(now);
        return new WidgetConfig(store.chatEnabled() && store.onsiteWidgetEnabled(), store.effectiveAppearance(),
                store.welcomeMessage(), store.publishedFaqs(), store.privacyPolicyUrl(), store.termsUrl(), openNow,
                nextOpening, store.awayMessage());
    }

    private StoreSettings applied(UpdateStoreSettingsCommand command, StoreSettings current, Instant now) {
        StoreSettings result = current;
        if (command.chatEnabled().isPresent()) {
            result = withChat(result, command.chatEnabled().get());
        }
        result = command.onsiteWidgetEnabled().map(result::withOnsiteWidget).orElse(result);
        // The hub first: switching it off in the same command unlocks the chat's own design.
        result = command.customerHub().map(result::withCustomerHub).orElse(result);
        if (command.chatAppearance().isPresent()) {
            result = withChatAppearance(result, command.chatAppearance().get());
        }
        result = command.welcomeMessage().map(result::withWelcomeMessage).orElse(result);
        if (command.faqs().isPresent()) {
            result = withFaqs(result, command.faqs().get());
        }
        if (command.links().isPresent()) {
            result = withLinks(result, command.links().get());
        }
        result = command.businessHours().map(result::withBusinessHours).orElse(result);
        result = command.awayMessage().map(result::withAwayMessage).orElse(result);
        result = command.waitingThreshold().map(result::withWaitingThreshold).orElse(result);
        result = command.allowedOrigins().map(result::withAllowedOrigins).orElse(result);
        if (command.identityVerification().isPresent()) {
            result = withIdentityVerification(result, command.identityVerification().get(), now);
        }
        result = command.emailNotifications().map(result::withEmailNotifications).orElse(result);
        return result;
    }

    /** Turning on a chat that is on already leaves the onsite widget as it is. */
    private static StoreSettings withChat(StoreSettings settings, boolean enabled) {
        if (!enabled) {
            return settings.disableChat();
        }
        return settings.chatEnabled() ? settings : settings.enableChat();
    }

    /** A form that sends back the design it showed changes nothing, even while the customer hub locks the design. */
    private static StoreSettings withChatAppearance(StoreSettings settings, Appearance appearance) {
        return appearance.equals(settings.chatAppearance()) ? settings : settings.withChatAppearance(appearance);
    }

    private static StoreSettings withFaqs(StoreSettings settings, List<FaqEntry> entries) {
        StoreSettings result = settings;
        for (Faq faq : settings.faqs()) {
            result = result.removeFaq(faq.id());
        }
        for (FaqEntry entry : entries) {
            result = result.addFaq(new Faq(entry.id().orElseGet(FaqId::random), entry.question(), entry.answer(),
                    entry.published()));
        }
        return result;
    }

    private static StoreSettings withLinks(StoreSettings settings, Links links) {
        StoreSettings result = links.privacyPolicyUrl().map(settings::withPrivacyPolicyUrl)
                .orElseGet(settings::withoutPrivacyPolicyUrl);
        return links.termsUrl().map(result::withTermsUrl).orElseGet(result::withoutTermsUrl);
    }

    /**
     * Replaces, rotates, removes or keeps the secret, then sets enforcement: so a secret and enforcement can arrive
     * together, and enforcement can end with the secret's removal.
     */
    private StoreSettings withIdentityVerification(StoreSettings settings, IdentityVerificationChange change,
            Instant now) {
        IdentityVerification current = settings.identityVerification();
        IdentityVerification replaced;
        if (change.rotate()) {
            replaced = current.rotated(random, now, change.grace().orElse(IdentityVerification.DEFAULT_GRACE));
        } else if (change.newSecret().isPresent()) {
            replaced = current.replacedBy(change.newSecret().get(), now, change.grace().orElse(Duration.ZERO));
        } else if (change.removeSecret()) {
            replaced = new IdentityVerification(Optional.empty(), false);
        } else {
            replaced = current;
        }
        boolean enforced = change.enforced().orElse(current.enforced());
        return settings.withIdentityVerification(new IdentityVerification(replaced.secret(), enforced,
                replaced.previous()));
    }
}
