package dev.parley.adapters.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.parley.adapters.contract.Schemas.Node;
import dev.parley.adapters.rest.AvailabilitySettingsEndpoint;
import dev.parley.adapters.rest.BehaviourSettingsEndpoint;
import dev.parley.adapters.rest.ChatSettingsEndpoint;
import dev.parley.adapters.rest.DesignSettingsEndpoint;
import dev.parley.adapters.rest.EmailNotificationSettingsEndpoint;
import dev.parley.adapters.rest.EmbeddingSettingsEndpoint;
import dev.parley.adapters.rest.FaqSettingsEndpoint;
import dev.parley.adapters.rest.SettingsSectionEndpoint;
import dev.parley.application.settings.port.in.EmbeddingView;
import dev.parley.domain.settings.AvailabilitySettings;
import dev.parley.domain.settings.BehaviourSettings;
import dev.parley.domain.settings.BusinessHours;
import dev.parley.domain.settings.ChatSettings;
import dev.parley.domain.settings.DesignSettings;
import dev.parley.domain.settings.EmailNotificationSettings;
import dev.parley.domain.settings.EmbeddingSettings;
import dev.parley.domain.settings.Faq;
import dev.parley.domain.settings.FaqId;
import dev.parley.domain.settings.FaqSettings;
import dev.parley.domain.settings.TimeRange;
import dev.parley.domain.shared.AgentId;
import dev.parley.domain.shared.DomainException;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The settings sections as their endpoints really answer and read them: what {@code GET /api/v1/settings/{section}}
 * answers (a new store's settings, a weekly schedule, an FAQ), written by the REST adapter's JSON-B, is valid by
 * {@code rest/settings-<section>.schema.json}; and {@code rest/settings-<section>-change.schema.json} names exactly the
 * fields the section takes, and a body built from it with only what it requires (inside every field, too) is taken,
 * while one with every field is read and refused, if at all, only by a rule that combines fields.
 */
class SettingsAnswersTest {

    /** Every section's endpoint, reading a new store's settings and answering them after any change. */
    static List<SettingsSectionEndpoint> newStores() {
        return List.of(
                new ChatSettingsEndpoint(ChatSettings::defaults, command -> ChatSettings.defaults()),
                new DesignSettingsEndpoint(DesignSettings::defaults, command -> DesignSettings.defaults()),
                new BehaviourSettingsEndpoint(BehaviourSettings::defaults, command -> BehaviourSettings.defaults()),
                new AvailabilitySettingsEndpoint(
                        AvailabilitySettings::defaults, command -> AvailabilitySettings.defaults()),
                new EmailNotificationSettingsEndpoint(
                        EmailNotificationSettings::defaults, command -> EmailNotificationSettings.defaults()),
                new EmbeddingSettingsEndpoint(SettingsAnswersTest::newStoresEmbedding, command -> newStoresEmbedding()),
                new FaqSettingsEndpoint(FaqSettings::defaults, command -> FaqSettings.defaults()));
    }

    static List<Named<SettingsSectionEndpoint>> sections() {
        List<Named<SettingsSectionEndpoint>> named = new ArrayList<>();
        newStores().forEach(section -> named.add(Named.of(section.section() + ", a new store's", section)));
        named.add(Named.of(
                "availability, with a schedule and a closure",
                new AvailabilitySettingsEndpoint(
                        () -> AvailabilitySettings.defaults()
                                .withBusinessHours(new BusinessHours(
                                        ZoneId.of("Europe/Warsaw"),
                                        false,
                                        Map.of(
                                                DayOfWeek.MONDAY,
                                                List.of(TimeRange.of(LocalTime.of(9, 0), LocalTime.of(17, 30)))),
                                        Set.of(LocalDate.of(2026, 12, 25)))),
                        command -> AvailabilitySettings.defaults())));
        named.add(Named.of(
                "faqs, with one",
                new FaqSettingsEndpoint(
                        () -> new FaqSettings(List.of(new Faq(
                                FaqId.random(), "Do you ship abroad?", "Yes, to every country in the EU.", true))),
                        command -> FaqSettings.defaults())));
        return named;
    }

    static List<Named<SettingsSectionEndpoint>> changes() {
        return newStores().stream()
                .map(section -> Named.of(section.section(), section))
                .toList();
    }

    private static EmbeddingView newStoresEmbedding() {
        return EmbeddingView.of(EmbeddingSettings.defaults(), Instant.now());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sections")
    void a_section_is_answered_as_its_schema_says(SettingsSectionEndpoint section) {
        String schema = "rest/settings-" + section.section() + ".schema.json";
        String json = WireContracts.REST.toJson(section.read());

        assertThat(Schemas.all()).contains(schema);
        assertThat(Schemas.problems(schema, json))
                .as("%s answered %s", schema, json)
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("changes")
    void a_change_schema_names_exactly_the_fields_the_section_takes_and_its_samples_are_read(
            SettingsSectionEndpoint section) {
        String schema = "rest/settings-" + section.section() + "-change.schema.json";
        Class<? extends Record> record = WireContracts.BODIES.stream()
                .filter(body -> body.schema().equals(schema))
                .findFirst()
                .orElseThrow(() -> new AssertionError(schema + " is not in the BODIES table"))
                .record();

        assertThat(Node.of(schema).properties().keySet()).isEqualTo(section.fields());
        for (RecordSchemas.Sample sample : RecordSchemas.Sample.values()) {
            String json = WireContracts.REST.toJson(RecordSchemas.record(record, Node.of(schema), sample));
            try (JsonReader reader = Json.createReader(new StringReader(json))) {
                JsonObject body = reader.readObject();

                Throwable refusal = catchThrowable(() -> section.update(AgentId.random(), body));

                if (sample != RecordSchemas.Sample.EVERY_FIELD) {
                    assertThat(refusal)
                            .as("%s refused %s", section.section(), json)
                            .isNull();
                } else if (refusal != null) {
                    assertThat(refusal)
                            .as("%s refused %s for its shape", section.section(), json)
                            .isInstanceOf(DomainException.class);
                    assertThat(((DomainException) refusal).code())
                            .as("%s refused %s: %s", section.section(), json, refusal.getMessage())
                            .isNotIn("missing_field", "malformed_body");
                }
            }
        }
    }
}
