package dev.parley.server.it;

import static dev.parley.server.it.ParleyClient.assertProblem;
import static dev.parley.server.it.ParleyClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.server.it.ParleyClient.AgentSession;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every invalid settings change is refused with its code, a body that is not JSON too, and nothing changes. Every test
 * puts the settings back as it found them.
 */
class SettingsValidationIT {

    static Stream<Arguments> invalid_changes() {
        String tooLong = "x".repeat(2_001);
        return Stream.of(
                Arguments.of("{\"chatEnabled\":\"yes\"}", "malformed_body"),
                Arguments.of("{\"onsiteWidgetEnabled\":1}", "malformed_body"),
                Arguments.of("{\"identityVerification\":{\"enforced\":\"false\"}}", "malformed_body"),
                Arguments.of("{\"welcomeMessage\":\"   \"}", "invalid_welcome_message"),
                Arguments.of("{\"welcomeMessage\":\"" + tooLong + "\"}", "invalid_welcome_message"),
                Arguments.of("{\"awayMessage\":\"\"}", "invalid_away_message"),
                Arguments.of(
                        "{\"appearance\":{\"colour\":\"blue\",\"icon\":\"chat\",\"position\":\"right\"}}",
                        "invalid_colour"),
                Arguments.of(
                        "{\"appearance\":{\"colour\":\"#112233\",\"icon\":\"chat\",\"position\":\"right\","
                                + "\"launcherLabel\":\"" + "l".repeat(41) + "\"}}",
                        "launcher_label_too_long"),
                Arguments.of(
                        "{\"appearance\":{\"colour\":\"#112233\",\"icon\":\"rocket\",\"position\":\"right\"}}",
                        "invalid_launcher_icon"),
                Arguments.of(
                        "{\"appearance\":{\"colour\":\"#112233\",\"icon\":\"chat\",\"position\":\"top\"}}",
                        "invalid_launcher_position"),
                Arguments.of("{\"appearance\":{\"icon\":\"chat\",\"position\":\"right\"}}", "missing_field"),
                Arguments.of(
                        "{\"customerHub\":{\"active\":true,\"appearance\":{\"colour\":\"#12\",\"icon\":\"chat\","
                                + "\"position\":\"right\"}}}",
                        "invalid_colour"),
                Arguments.of(
                        "{\"faqs\":[{\"question\":\" \",\"answer\":\"An answer\",\"published\":true}]}",
                        "invalid_faq_question"),
                Arguments.of(
                        "{\"faqs\":[{\"question\":\"Why?\",\"answer\":\"" + tooLong + "\",\"published\":true}]}",
                        "invalid_faq_answer"),
                Arguments.of(
                        "{\"faqs\":[{\"id\":\"not-an-id\",\"question\":\"Why?\",\"answer\":\"Because.\","
                                + "\"published\":true}]}",
                        "invalid_faq_id"),
                Arguments.of("{\"faqs\":[" + sameIdTwice() + "]}", "duplicate_faq"),
                Arguments.of(phrased("\"" + "p".repeat(301) + "\""), "invalid_faq_phrasing"),
                Arguments.of(phrased("\" \\u200B \""), "invalid_faq_phrasing"),
                Arguments.of(phrased("null"), "invalid_faq_phrasing"),
                Arguments.of(
                        phrased(java.util.stream.IntStream.rangeClosed(1, 11)
                                .mapToObj(n -> "\"Way " + n + "\"")
                                .collect(java.util.stream.Collectors.joining(","))),
                        "too_many_faq_phrasings"),
                Arguments.of("{\"links\":{\"privacyPolicyUrl\":\"javascript:alert(1)\"}}", "invalid_url"),
                Arguments.of("{\"links\":{\"termsUrl\":\"https://shop.example.com/" + tooLong + "\"}}", "url_too_long"),
                Arguments.of(hours("\"Mars/Olympus\"", "\"09:00\"", "\"17:00\""), "invalid_time_zone"),
                Arguments.of(hours("\"UTC\"", "\"25:00\"", "\"26:00\""), "invalid_time"),
                Arguments.of(hours("\"UTC\"", "\"17:00\"", "\"09:00\""), "invalid_time_range"),
                Arguments.of(
                        "{\"businessHours\":{\"timeZone\":\"UTC\",\"alwaysOpen\":false,\"weeklySchedule\":"
                                + "{\"monday\":[{\"start\":\"09:00\",\"end\":\"13:00\"},{\"start\":\"12:00\",\"end\":\"17:00\"}]}"
                                + "}}",
                        "overlapping_time_ranges"),
                Arguments.of(
                        "{\"businessHours\":{\"timeZone\":\"UTC\",\"alwaysOpen\":false,\"weeklySchedule\":"
                                + "{\"someday\":[]}}}",
                        "invalid_day"),
                Arguments.of(
                        "{\"businessHours\":{\"timeZone\":\"UTC\",\"alwaysOpen\":false,\"closures\":"
                                + "[\"2030-02-30\"]}}",
                        "invalid_date"),
                Arguments.of("{\"waitingThresholdSeconds\":30}", "invalid_waiting_threshold"),
                Arguments.of("{\"waitingThresholdSeconds\":86401}", "invalid_waiting_threshold"),
                Arguments.of("{\"allowedOrigins\":[\"https://shop.example.com/path\"]}", "invalid_origin"),
                Arguments.of("{\"allowedOrigins\":[\"https://*.example.com\"]}", "invalid_origin"),
                Arguments.of(
                        "{\"identityVerification\":{\"enforced\":false,\"secret\":\"too short\"}}",
                        "invalid_identity_secret"),
                Arguments.of(
                        "{\"identityVerification\":{\"enforced\":true,\"removeSecret\":true}}",
                        "identity_verification_needs_secret"),
                // One bad section spoils the whole change: the valid welcome message is not saved either.
                Arguments.of(
                        "{\"welcomeMessage\":\"A valid welcome\",\"waitingThresholdSeconds\":5}",
                        "invalid_waiting_threshold"));
    }

    /** An FAQ with these phrasings (JSON values, comma-separated). */
    private static String phrased(String phrasings) {
        return "{\"faqs\":[{\"question\":\"Why?\",\"answer\":\"Because.\",\"published\":true,\"phrasings\":["
                + phrasings + "]}]}";
    }

    @ParameterizedTest(name = "{1}: {0}")
    @MethodSource("invalid_changes")
    void an_invalid_value_is_refused_with_its_code_and_nothing_changes(String body, String code) {
        AgentSession admin = ParleyClient.signInAsAdmin();
        JsonObject before = SettingsApi.read(admin);
        try {
            HttpResponse<String> response = SettingsApi.put(admin, body);

            assertProblem(response, 400, code);
            assertThat(json(response.body()).getString("detail")).isNotBlank();
            assertThat(SettingsApi.read(admin)).isEqualTo(before);
        } finally {
            SettingsApi.restore(admin, before);
        }
    }

    @Test
    void a_body_that_is_not_json_is_refused() {
        AgentSession admin = ParleyClient.signInAsAdmin();
        JsonObject before = SettingsApi.read(admin);

        try {
            assertProblem(SettingsApi.putSection(admin, "behaviour", "{\"welcomeMessage\":"), 400, "malformed_body");
            assertProblem(SettingsApi.putSection(admin, "behaviour", "[\"welcomeMessage\"]"), 400, "malformed_body");
            assertProblem(SettingsApi.putSection(admin, "behaviour", ""), 400, "malformed_body");
            assertProblem(SettingsApi.put(admin, "{\"waitingThresholdSeconds\":\"many\"}"), 400, "malformed_body");
            assertProblem(SettingsApi.put(admin, "{\"faqs\":\"not a list\"}"), 400, "malformed_body");

            assertThat(SettingsApi.read(admin)).isEqualTo(before);
        } finally {
            SettingsApi.restore(admin, before);
        }
    }

    private static String sameIdTwice() {
        String id = UUID.randomUUID().toString();
        String one = "{\"id\":\"" + id + "\",\"question\":\"One?\",\"answer\":\"One.\",\"published\":true}";
        return one + "," + one;
    }

    private static String hours(String zone, String start, String end) {
        return "{\"businessHours\":{\"timeZone\":" + zone + ",\"alwaysOpen\":false,\"weeklySchedule\":{\"monday\":"
                + "[{\"start\":" + start + ",\"end\":" + end + "}]}}}";
    }
}
