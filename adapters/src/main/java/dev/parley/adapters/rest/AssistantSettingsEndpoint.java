package dev.parley.adapters.rest;

import dev.parley.application.settings.port.in.AssistantSettingsQuery;
import dev.parley.application.settings.port.in.LanguageModelAvailability;
import dev.parley.application.settings.port.in.UpdateAssistantSettingsCommand;
import dev.parley.application.settings.port.in.UpdateAssistantSettingsUseCase;
import dev.parley.domain.settings.AssistantSettings;
import dev.parley.domain.shared.AgentId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The AI agent's section, {@code /api/v1/settings/assistant}. */
@ApplicationScoped
public class AssistantSettingsEndpoint implements SettingsSectionEndpoint {

    /**
     * The section's body.
     *
     * @param enabled the AI agent on or off
     * @param mode {@code retrieval}: answers from the store's knowledge with the built-in search; {@code
     *     language_model}: the built-in search finds the passages and the operator's language model words the answer
     *     (refused with {@code language_model_not_configured} while none is configured)
     * @param handoffTarget {@code inbox} or {@code message}
     * @param handoffMessage what the visitor is told when the target is {@code message}; {@code ""} for none
     * @param greeting what the AI agent says first; {@code ""} for the built-in greeting
     * @param turnLimit how many questions it answers per conversation, 1 to 50
     * @param minCoverage the minimum share of the question's words in the best passage (0.1 to 1); 0 for the
     *     built-in default, which a read gives as 0 too
     * @param minLead the minimum lead of the best passage over the runner-up (1 to 5); 0 for the built-in default
     * @param languageModel read-only: whether the operator configured a language model, and its name
     */
    public record Body(
            Boolean enabled,
            String mode,
            String handoffTarget,
            String handoffMessage,
            String greeting,
            Integer turnLimit,
            Double minCoverage,
            Double minLead,
            LanguageModel languageModel) {

        static Body of(AssistantSettings settings, LanguageModelAvailability languageModel) {
            return new Body(
                    settings.enabled(),
                    settings.mode().name().toLowerCase(Locale.ROOT),
                    settings.handoffTarget().name().toLowerCase(Locale.ROOT),
                    settings.handoffMessage().orElse(""),
                    settings.greeting().orElse(""),
                    settings.turnLimit(),
                    settings.minCoverage().orElse(0.0),
                    settings.minLead().orElse(0.0),
                    new LanguageModel(
                            languageModel.configured(), languageModel.model().orElse(null)));
        }
    }

    /**
     * Whether the operator configured a language model ({@code PARLEY_AI_BASE_URL}, {@code PARLEY_AI_MODEL}); never
     * its address or key.
     *
     * @param configured whether the store may choose {@code language_model}
     * @param model the model's name; left out when none is configured
     */
    public record LanguageModel(Boolean configured, String model) {}

    private AssistantSettingsQuery settings;
    private UpdateAssistantSettingsUseCase updating;

    @Inject
    public AssistantSettingsEndpoint(AssistantSettingsQuery settings, UpdateAssistantSettingsUseCase updating) {
        this.settings = settings;
        this.updating = updating;
    }

    /** For CDI proxies only. */
    protected AssistantSettingsEndpoint() {}

    @Override
    public String section() {
        return AssistantSettingsQuery.SECTION;
    }

    @Override
    public Set<String> fields() {
        return Set.of(
                "enabled",
                "mode",
                "handoffTarget",
                "handoffMessage",
                "greeting",
                "turnLimit",
                "minCoverage",
                "minLead",
                "languageModel");
    }

    @Override
    public Object read() {
        return Body.of(settings.assistantSettings(), settings.languageModel());
    }

    @Override
    public Object update(AgentId actor, JsonObject json) {
        Body body = StrictJsonb.jsonb().fromJson(json.toString(), Body.class);
        return Body.of(
                updating.update(new UpdateAssistantSettingsCommand(
                        actor,
                        Optional.ofNullable(body.enabled()),
                        Optional.ofNullable(body.mode()),
                        Optional.ofNullable(body.handoffTarget()),
                        Optional.ofNullable(body.handoffMessage()),
                        Optional.ofNullable(body.greeting()),
                        Optional.ofNullable(body.turnLimit()),
                        Optional.ofNullable(body.minCoverage()),
                        Optional.ofNullable(body.minLead()))),
                settings.languageModel());
    }
}
