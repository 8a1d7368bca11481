package dev.parley.application.settings;

import dev.parley.application.settings.port.in.AssistantSettingsQuery;
import dev.parley.application.settings.port.in.FaqSettingsQuery;
import dev.parley.application.settings.port.in.SeedDemoContentUseCase;
import dev.parley.application.settings.port.out.SettingsSectionPort;
import dev.parley.domain.settings.AssistantSettings;
import dev.parley.domain.settings.Faq;
import dev.parley.domain.settings.FaqSettings;
import dev.parley.domain.shared.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * The demo shop's content, given once to a demo installation's empty store: its FAQs, published, and the AI agent on.
 * Done by Parley itself, not an admin, so it is not in the audit log; it locks the FAQs so that two nodes starting at
 * once give it once.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = DomainException.class)
public class DemoContentService implements SeedDemoContentUseCase {

    private SettingsSectionPort<FaqSettings> faqs;
    private SettingsSectionPort<AssistantSettings> assistant;
    private SettingsCache cache;

    @Inject
    public DemoContentService(
            SettingsSectionPort<FaqSettings> faqs,
            SettingsSectionPort<AssistantSettings> assistant,
            SettingsCache cache) {
        this.faqs = faqs;
        this.assistant = assistant;
        this.cache = cache;
    }

    /** For CDI proxies only. */
    protected DemoContentService() {}

    @Override
    public boolean seedIfNoFaqs(List<Faq> demoFaqs) {
        if (!faqs.loadForUpdate().faqs().isEmpty()) {
            return false;
        }
        faqs.save(new FaqSettings(demoFaqs));
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
        cache.refresh(FaqSettingsQuery.SECTION);
        cache.refresh(AssistantSettingsQuery.SECTION);
        return true;
    }
}
