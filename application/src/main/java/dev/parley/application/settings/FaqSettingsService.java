package dev.parley.application.settings;

import dev.parley.application.settings.port.in.FaqSettingsQuery;
import dev.parley.application.settings.port.in.UpdateFaqSettingsCommand;
import dev.parley.application.settings.port.in.UpdateFaqSettingsCommand.FaqEntry;
import dev.parley.application.settings.port.in.UpdateFaqSettingsUseCase;
import dev.parley.application.settings.port.out.SettingsSectionPort;
import dev.parley.domain.settings.Faq;
import dev.parley.domain.settings.FaqId;
import dev.parley.domain.settings.FaqSettings;
import dev.parley.domain.shared.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * Shows admins the FAQs and lets them replace them; FAQs without an id are new. An FAQ given without phrasings keeps
 * those it has.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = DomainException.class)
public class FaqSettingsService implements FaqSettingsQuery, UpdateFaqSettingsUseCase {

    private SettingsSectionPort<FaqSettings> store;
    private SettingsCache cache;
    private SettingsChanges changes;

    @Inject
    public FaqSettingsService(SettingsSectionPort<FaqSettings> store, SettingsCache cache, SettingsChanges changes) {
        this.store = store;
        this.cache = cache;
        this.changes = changes;
    }

    /** For CDI proxies only. */
    protected FaqSettingsService() {}

    @Override
    public FaqSettings faqSettings() {
        return cache.get(SECTION, store::load);
    }

    @Override
    public FaqSettings update(UpdateFaqSettingsCommand command) {
        return changes.change(
                command.actor(),
                SECTION,
                store,
                (current, now) ->
                        command.faqs().map(entries -> faqs(current, entries)).orElse(current));
    }

    private static FaqSettings faqs(FaqSettings current, List<FaqEntry> entries) {
        FaqSettings result = FaqSettings.defaults();
        for (FaqEntry entry : entries) {
            List<String> phrasings = entry.phrasings()
                    .orElseGet(() ->
                            entry.id().flatMap(current::faq).map(Faq::phrasings).orElse(List.of()));
            result = result.addFaq(new Faq(
                    entry.id().orElseGet(FaqId::random),
                    entry.question(),
                    entry.answer(),
                    entry.published(),
                    entry.language(),
                    phrasings));
        }
        return result;
    }
}
