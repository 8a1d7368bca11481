package dev.parley.adapters.rest;

import dev.parley.application.settings.port.in.FaqSettingsQuery;
import dev.parley.application.settings.port.in.UpdateFaqSettingsCommand;
import dev.parley.application.settings.port.in.UpdateFaqSettingsCommand.FaqEntry;
import dev.parley.application.settings.port.in.UpdateFaqSettingsUseCase;
import dev.parley.domain.settings.Faq;
import dev.parley.domain.settings.FaqId;
import dev.parley.domain.settings.FaqSettings;
import dev.parley.domain.shared.AgentId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The FAQ section, {@code /api/v1/settings/faqs}. */
@ApplicationScoped
public class FaqSettingsEndpoint implements SettingsSectionEndpoint {

    /**
     * The section's body.
     *
     * @param faqs every FAQ in order, published or not; FAQs left out are removed, FAQs without an id are new
     */
    public record Body(List<SettingsJson.FaqItem> faqs) {

        static Body of(FaqSettings settings) {
            return new Body(
                    settings.faqs().stream().map(SettingsJson.FaqItem::of).toList());
        }
    }

    private FaqSettingsQuery settings;
    private UpdateFaqSettingsUseCase updating;

    @Inject
    public FaqSettingsEndpoint(FaqSettingsQuery settings, UpdateFaqSettingsUseCase updating) {
        this.settings = settings;
        this.updating = updating;
    }

    /** For CDI proxies only. */
    protected FaqSettingsEndpoint() {}

    @Override
    public String section() {
        return FaqSettingsQuery.SECTION;
    }

    @Override
    public Set<String> fields() {
        return Set.of("faqs");
    }

    @Override
    public Object read() {
        return Body.of(settings.faqSettings());
    }

    @Override
    public Object update(AgentId actor, JsonObject json) {
        Body body = StrictJsonb.jsonb().fromJson(json.toString(), Body.class);
        UpdateFaqSettingsCommand command = new UpdateFaqSettingsCommand(
                actor, Optional.ofNullable(body.faqs()).map(FaqSettingsEndpoint::entries));
        return Body.of(SettingsFields.change(
                Map.of(
                        "invalid_faq_question",
                        "faqs",
                        "invalid_faq_answer",
                        "faqs",
                        "duplicate_faq",
                        "faqs",
                        "invalid_faq_phrasing",
                        "faqs",
                        "too_many_faq_phrasings",
                        "faqs"),
                () -> updating.update(command)));
    }

    private static List<FaqEntry> entries(List<SettingsJson.FaqItem> items) {
        List<FaqEntry> entries = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            SettingsJson.FaqItem item = SettingsJson.required(items.get(i), "faqs[]");
            String question = SettingsJson.required(item.question(), "faqs[].question");
            String answer = SettingsJson.required(item.answer(), "faqs[].answer");
            Optional<List<String>> phrasings = phrasings(item.phrasings(), i);
            // The FAQ as it would be made, so that a refusal names the FAQ and the field it is about.
            SettingsFields.read(
                    "faqs[" + i + "]",
                    Map.of(
                            "invalid_faq_question", "question",
                            "invalid_faq_answer", "answer",
                            "invalid_faq_phrasing", "phrasings",
                            "too_many_faq_phrasings", "phrasings"),
                    () -> new Faq(
                            FaqId.random(), question, answer, false, Optional.empty(), phrasings.orElse(List.of())));
            entries.add(new FaqEntry(
                    SettingsFields.read("faqs[].id", item::faqId),
                    question,
                    answer,
                    SettingsJson.required(item.published(), "faqs[].published"),
                    item.faqLanguage(),
                    phrasings));
        }
        return entries;
    }

    private static Optional<List<String>> phrasings(List<String> given, int faq) {
        if (given != null && given.contains(null)) {
            throw new RefusedFieldException(
                    "faqs[" + faq + "].phrasings",
                    "invalid_faq_phrasing",
                    "Another phrasing of an FAQ's question is a text; null is none.");
        }
        return Optional.ofNullable(given);
    }
}
