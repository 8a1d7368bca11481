package dev.parley.application.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.application.audit.InMemoryAuditLog;
import dev.parley.application.settings.port.in.LanguageModelAvailability;
import dev.parley.application.settings.port.in.UpdateAssistantSettingsCommand;
import dev.parley.application.team.InMemoryTeam;
import dev.parley.domain.settings.AssistantSettings;
import dev.parley.domain.settings.AssistantSettings.AssistantMode;
import dev.parley.domain.shared.AgentId;
import dev.parley.domain.shared.InvalidValueException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The AI agent's settings: choosing the language model. */
class AssistantSettingsServiceTest {

    private static final AgentId ADMIN = AgentId.random();

    private final InMemoryAuditLog audit = new InMemoryAuditLog();
    private final InMemorySettings settings = new InMemorySettings(
            InMemoryTeam.withAdmin(ADMIN, "Ada Admin"),
            audit,
            Clock.fixed(Instant.parse("2026-12-08T12:00:00Z"), ZoneOffset.UTC));

    private static UpdateAssistantSettingsCommand mode(String mode) {
        return new UpdateAssistantSettingsCommand(
                ADMIN,
                Optional.of(true),
                Optional.of(mode),
                Optional.empty(),
                Optional.empty(),
                Optional.of("Hi!"),
                Optional.empty(),
                Optional.empty(),
                Optional.empty());
    }

    private AssistantSettingsService withModel(String model) {
        return new AssistantSettingsService(
                settings.assistant,
                settings.cache,
                settings.changes,
                new LanguageModelAvailability(Optional.of(model)),
                helpdesk -> false);
    }

    @Test
    void choosing_the_language_model_without_one_configured_is_refused_and_changes_nothing() {
        assertThatThrownBy(() -> settings.assistantService.update(mode("language_model")))
                .isInstanceOf(InvalidValueException.class)
                .extracting(refusal -> ((InvalidValueException) refusal).code())
                .isEqualTo("language_model_not_configured");

        assertThat(settings.assistantService.assistantSettings()).isEqualTo(AssistantSettings.defaults());
        assertThat(settings.assistant.saves()).isEmpty();
        assertThat(audit.entries()).isEmpty();
        assertThat(settings.assistantService.languageModel().configured()).isFalse();
    }

    @Test
    void with_a_model_configured_the_store_chooses_it_and_the_ai_agent_follows() {
        AssistantSettingsService service = withModel("gpt-4o-mini");

        AssistantSettings changed = service.update(mode("language_model"));

        assertThat(changed.mode()).isEqualTo(AssistantMode.LANGUAGE_MODEL);
        assertThat(service.assistantBehaviour().languageModel()).isTrue();
        assertThat(service.languageModel().model()).contains("gpt-4o-mini");
        assertThat(audit.entries())
                .singleElement()
                .satisfies(entry -> assertThat(entry.summary()).containsKey("mode"));
    }

    @Test
    void a_store_that_chose_the_model_keeps_saving_its_other_settings_after_the_model_is_gone() {
        withModel("llama3").update(mode("language_model"));
        settings.cache.refresh("assistant");

        AssistantSettings changed = settings.assistantService.update(mode("language_model"));

        assertThat(changed.mode()).isEqualTo(AssistantMode.LANGUAGE_MODEL);
        assertThat(settings.assistantService.update(mode("retrieval")).mode()).isEqualTo(AssistantMode.RETRIEVAL);
        assertThat(settings.assistantService.assistantBehaviour().languageModel())
                .isFalse();
    }
}
