package dev.parley.adapters.rest;

import dev.parley.application.settings.port.in.AssistantSettingsQuery;
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
     * @param mode {@code retrieval}: answers from the store's knowledge with the built-in search
     * @param handoffTarget {@code inbox} or {@code message}
     * @param handoffMessage what the visitor is told when the target is {@code message}; {@code ""} for none
     * @param greeting what the AI agent says first; {@code ""} for the built-in greeting
     * @param turnLimit how many questions it answers per conversation, 1 to 50
     * @param minCoverage the minimum share of the question's words in the best passage (0.1 to 1); 0 for the
     *     built-in default, which a read gives as 0 too
     * @param minLead the minimum lead of the best passage over the runner-up (1 to 5); 0 for the built-in default
     */
    public record Body(
            Boolean enabled,
            String mode,
            String handoffTarget,
            String handoffMessage,
            String greeting,
            Integer turnLimit,
            Double minCoverage,
            Double minLead) {

        static Body of(AssistantSettings settings) {
            return new Body(
                    settings.enabled(),
                    settings.mode().name().toLowerCase(Locale.ROOT),
                    settings.handoffTarget().name().toLowerCase(Locale.ROOT),
                    settings.handoffMessage().orElse(""),
                    settings.greeting().orElse(""),
                    settings.turnLimit(),
                    settings.minCoverage().orElse(0.0),
                    settings.minLead().orElse(0.0));
        }
    }

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
                "minLead");
    }

    @Override
    public Object read() {
        return Body.of(settings.assistantSettings());
    }

    @Override
    public Object update(AgentId actor, JsonObject json) {
        Body body = StrictJsonb.jsonb().fromJson(json.toString(), Body.class);
        return Body.of(updating.update(new UpdateAssistantSettingsCommand(
                actor,
                Optional.ofNullable(body.enabled()),
                Optional.ofNullable(body.mode()),
                Optional.ofNullable(body.handoffTarget()),
                Optional.ofNullable(body.handoffMessage()),
                Optional.ofNullable(body.greeting()),
                Optional.ofNullable(body.turnLimit()),
                Optional.ofNullable(body.minCoverage()),
                Optional.ofNullable(body.minLead()))));
    }
}
