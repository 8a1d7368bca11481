package dev.parley.adapters.contract;

import static org.assertj.core.api.Assertions.assertThat;

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
 * What {@code GET /api/v1/settings/{section}} answers for a new store's settings, written by the section's own
 * endpoint and the REST adapter's JSON-B, is valid by the section's schema, {@code rest/settings-<section>.schema.json}.
 * The contract test holds the schemas against the sections' records; this holds them against real answers.
 */
class SettingsAnswersTest {

    private static AssertionError readOnly() {
        return new AssertionError("only the settings are read here");
    }

    static List<Named<SettingsSectionEndpoint>> sections() {
        List<SettingsSectionEndpoint> sections = List.of(
                new ChatSettingsEndpoint(ChatSettings::defaults, command -> {
                    throw readOnly();
                }),
                new DesignSettingsEndpoint(DesignSettings::defaults, command -> {
                    throw readOnly();
                }),
                new BehaviourSettingsEndpoint(BehaviourSettings::defaults, command -> {
                    throw readOnly();
                }),
                new AvailabilitySettingsEndpoint(AvailabilitySettings::defaults, command -> {
                    throw readOnly();
                }),
                new EmailNotificationSettingsEndpoint(EmailNotificationSettings::defaults, command -> {
                    throw readOnly();
                }),
                new EmbeddingSettingsEndpoint(
                        () -> EmbeddingView.of(EmbeddingSettings.defaults(), Instant.now()), command -> {
                            throw readOnly();
                        }),
                new FaqSettingsEndpoint(FaqSettings::defaults, command -> {
                    throw readOnly();
                }));
        List<Named<SettingsSectionEndpoint>> named = new ArrayList<>();
        sections.forEach(section -> named.add(Named.of(section.section() + ", a new store's", section)));
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
                        command -> {
                            throw readOnly();
                        })));
        named.add(Named.of(
                "faqs, with one",
                new FaqSettingsEndpoint(
                        () -> new FaqSettings(List.of(new Faq(
                                FaqId.random(), "Do you ship abroad?", "Yes, to every country in the EU.", true))),
                        command -> {
                            throw readOnly();
                        })));
        return named;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sections")
    void a_new_stores_section_is_answered_as_its_schema_says(SettingsSectionEndpoint section) {
        String schema = "rest/settings-" + section.section() + ".schema.json";
        String json = WireContracts.REST.toJson(section.read());

        assertThat(Schemas.all()).contains(schema);
        assertThat(Schemas.problems(schema, json))
                .as("%s answered %s", schema, json)
                .isEmpty();
    }
}
