package dev.parley.server.it;

import static dev.parley.server.it.ParleyClient.assertProblem;
import static dev.parley.server.it.ParleyClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.server.it.ParleyClient.AgentSession;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The settings one section at a time ({@code /api/v1/settings/{section}}): each section reads and changes its own
 * fields only, refuses another section's fields, names the field it refuses, is audited on its own and tells the
 * open widgets once its change is committed. Every test puts the settings back as it found them.
 */
class SettingsSectionsIT {

    private final AgentSession admin = ParleyClient.signInAsAdmin();
    private JsonObject before;

    @BeforeEach
    void remember() {
        before = SettingsApi.read(admin);
    }

    @AfterEach
    void restore() {
        SettingsApi.restore(admin, before);
    }

    @Test
    void each_section_answers_its_own_fields_and_together_they_are_the_flat_read() {
        JsonObject flat = SettingsApi.read(admin);
        int fields = 0;
        for (Map.Entry<String, List<String>> section : SettingsApi.SECTIONS.entrySet()) {
            HttpResponse<String> response = SettingsApi.getSection(Optional.of(admin), section.getKey());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            assertThat(response.headers().firstValue("Cache-Control"))
                    .hasValueSatisfying(value -> assertThat(value).contains("no-store"));
            JsonObject body = json(response.body());
            assertThat(body.keySet()).as(section.getKey()).containsExactlyInAnyOrderElementsOf(section.getValue());
            body.forEach((field, value) -> assertThat(flat.get(field)).as(field).isEqualTo(value));
            fields += body.size();
        }
        assertThat(flat).hasSize(fields);
    }

    static Stream<Arguments> section_changes() {
        return Stream.of(
                Arguments.of("chat", "{\"onsiteWidgetEnabled\":false}", "onsiteWidgetEnabled", "false"),
                Arguments.of(
                        "design",
                        "{\"appearance\":{\"colour\":\"#00AA55\",\"icon\":\"help\",\"position\":\"left\","
                                + "\"launcherLabel\":\"Ask\"},\"appearanceLocked\":true,\"effectiveAppearance\":null}",
                        "appearance",
                        "{\"colour\":\"#00AA55\",\"icon\":\"help\",\"launcherLabel\":\"Ask\","
                                + "\"position\":\"left\"}"),
                Arguments.of(
                        "behaviour",
                        "{\"waitingThresholdSeconds\":420,\"welcomeMessage\":null}",
                        "waitingThresholdSeconds",
                        "420"),
                Arguments.of("faqs", "{\"faqs\":[]}", "faqs", "[]"),
                Arguments.of(
                        "availability", "{\"awayMessage\":\"Back on Monday.\"}", "awayMessage", "\"Back on Monday.\""),
                Arguments.of(
                        "embedding",
                        "{\"allowedOrigins\":[\"https://sections.example.com\"]}",
                        "allowedOrigins",
                        "[\"https://sections.example.com\"]"),
                Arguments.of(
                        "email-notifications",
                        "{\"emailNotifications\":{\"enabled\":true,\"recipients\":"
                                + "[\"team@sections.example\"],\"delaySeconds\":60}}",
                        "emailNotifications",
                        "{\"delaySeconds\":60,\"enabled\":true,\"recipients\":[\"team@sections.example\"]}"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("section_changes")
    void a_section_changes_the_fields_given_answers_as_its_read_and_leaves_every_other_section_alone(
            String section, String body, String field, String expected) {
        HttpResponse<String> response = SettingsApi.putSection(admin, section, body);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonObject answered = json(response.body());
        assertThat(answered.get(field))
                .isEqualTo(json("{\"v\":" + expected + "}").get("v"));
        assertThat(json(SettingsApi.getSection(Optional.of(admin), section).body()))
                .isEqualTo(answered);
        JsonObject after = SettingsApi.read(admin);
        SettingsApi.SECTIONS.forEach((other, fields) -> {
            if (!other.equals(section)) {
                fields.forEach(untouched ->
                        assertThat(after.get(untouched)).as(untouched).isEqualTo(before.get(untouched)));
            }
        });
        // A field left out or null stays as it was.
        SettingsApi.SECTIONS.get(section).stream()
                .filter(kept -> !kept.equals(field))
                .filter(kept -> !kept.equals("effectiveAppearance") && !kept.equals("appearanceLocked"))
                .forEach(kept -> assertThat(after.get(kept)).as(kept).isEqualTo(before.get(kept)));
    }

    @Test
    void an_unknown_section_is_not_found() {
        assertProblem(SettingsApi.getSection(Optional.of(admin), "fax"), 404, "unknown_settings_section");
        assertProblem(
                SettingsApi.putSection(admin, "fax", "{\"welcomeMessage\":\"Hi\"}"), 404, "unknown_settings_section");

        assertThat(SettingsApi.read(admin)).isEqualTo(before);
    }

    @Test
    void another_sections_field_is_refused_by_name_and_nothing_changes() {
        HttpResponse<String> response = SettingsApi.putSection(
                admin,
                "availability",
                "{\"awayMessage\":\"Changed with a stranger\",\"welcomeMessage\":\"Not this section's\"}");

        assertProblem(response, 400, "unknown_field");
        assertThat(json(response.body()).getString("field")).isEqualTo("welcomeMessage");
        assertProblem(
                SettingsApi.putSection(admin, "chat", "{\"chatEnabled\":false,\"chatEnabledd\":true}"),
                400,
                "unknown_field");
        assertThat(SettingsApi.read(admin)).isEqualTo(before);
    }

    @Test
    void the_whole_settings_can_no_longer_be_put_at_once() {
        HttpResponse<String> response = ParleyClient.send(
                "PUT", SettingsApi.SETTINGS, "{\"welcomeMessage\":\"All at once\"}", admin.cookie(), admin.csrfToken());

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(SettingsApi.read(admin)).isEqualTo(before);
    }

    static Stream<Arguments> refused_fields() {
        return Stream.of(
                Arguments.of(
                        "behaviour",
                        "{\"welcomeMessage\":\"" + "x".repeat(1_001) + "\"}",
                        "invalid_welcome_message",
                        "welcomeMessage"),
                Arguments.of(
                        "behaviour",
                        "{\"waitingThresholdSeconds\":5}",
                        "invalid_waiting_threshold",
                        "waitingThresholdSeconds"),
                Arguments.of(
                        "behaviour",
                        "{\"links\":{\"termsUrl\":\"javascript:alert(1)\"}}",
                        "invalid_url",
                        "links.termsUrl"),
                Arguments.of(
                        "availability",
                        "{\"businessHours\":{\"timeZone\":\"Mars/Olympus\",\"alwaysOpen\":true}}",
                        "invalid_time_zone",
                        "businessHours.timeZone"),
                Arguments.of(
                        "availability",
                        "{\"businessHours\":{\"alwaysOpen\":true}}",
                        "missing_field",
                        "businessHours.timeZone"),
                Arguments.of(
                        "email-notifications",
                        "{\"emailNotifications\":{\"enabled\":true,\"recipients\":[]}}",
                        "email_notifications_need_recipients",
                        "emailNotifications.recipients"),
                Arguments.of(
                        "design",
                        "{\"appearance\":{\"colour\":\"blue\",\"icon\":\"chat\",\"position\":\"right\"}}",
                        "invalid_colour",
                        "appearance.colour"),
                Arguments.of(
                        "embedding",
                        "{\"identityVerification\":{\"enforced\":true,\"removeSecret\":true}}",
                        "identity_verification_needs_secret",
                        "identityVerification.enforced"),
                Arguments.of(
                        "embedding",
                        "{\"allowedOrigins\":[\"https://*.example.com\"]}",
                        "invalid_origin",
                        "allowedOrigins"));
    }

    @ParameterizedTest(name = "{2} in {0}")
    @MethodSource("refused_fields")
    void a_refusal_names_the_field_to_blame_and_changes_nothing(
            String section, String body, String code, String field) {
        HttpResponse<String> response = SettingsApi.putSection(admin, section, body);

        assertProblem(response, 400, code);
        assertThat(json(response.body()).getString("field")).isEqualTo(field);
        assertThat(SettingsApi.read(admin)).isEqualTo(before);
    }

    @Test
    void a_refusal_that_no_one_field_is_to_blame_for_names_none() {
        HttpResponse<String> response = SettingsApi.putSection(admin, "behaviour", "{\"welcomeMessage\":");

        assertProblem(response, 400, "malformed_body");
        assertThat(json(response.body()).containsKey("field")).isFalse();
    }

    @Test
    void each_sections_change_is_one_audit_entry_of_that_sections_fields() {
        String welcome = Frames.uniqueText("Audited section");
        SettingsApi.putSection(
                admin,
                "behaviour",
                Json.createObjectBuilder()
                        .add("welcomeMessage", welcome)
                        .build()
                        .toString());
        SettingsApi.putSection(admin, "availability", "{\"awayMessage\":\"" + Frames.uniqueText("Away") + "\"}");

        List<JsonObject> entries = json(ParleyClient.get("/api/v1/audit?limit=2", Optional.of(admin.cookie()))
                        .body())
                .getJsonArray("entries")
                .getValuesAs(JsonObject.class);

        assertThat(entries)
                .extracting(entry -> entry.getString("action"))
                .containsExactly("settings.updated", "settings.updated");
        assertThat(entries.get(0).getJsonObject("summary").keySet()).containsExactly("awayMessage");
        assertThat(entries.get(1).getJsonObject("summary").keySet()).containsExactly("welcomeMessage");
        assertThat(entries.get(1)
                        .getJsonObject("summary")
                        .getJsonObject("welcomeMessage")
                        .getString("after"))
                .isEqualTo(welcome);
    }

    @Test
    void a_sections_committed_change_reaches_an_open_widget_which_then_reads_the_new_settings() throws Exception {
        try (FrameSocket visitor = FrameSocket.open("/ws/visitor", Optional.empty())) {
            visitor.send(Frames.visitorHello());
            visitor.next("ready");
            String away = Frames.uniqueText("Live away");

            HttpResponse<String> response = SettingsApi.putSection(
                    admin,
                    "availability",
                    Json.createObjectBuilder().add("awayMessage", away).build().toString());

            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            assertThat(visitor.next("settings"))
                    .isEqualTo(
                            Json.createObjectBuilder().add("type", "settings").build());
            assertThat(SettingsApi.widgetConfig().getString("awayMessage")).isEqualTo(away);
        }
    }
}
