package dev.parley.server.it;

import static dev.parley.server.it.ParleyClient.contentType;
import static dev.parley.server.it.ParleyClient.json;
import static dev.parley.server.it.SettingsApi.design;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.parley.server.it.ParleyClient.AgentSession;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Admins read and change the store's settings over {@code /api/v1/settings}, a section at a time: only admins, only
 * with the CSRF token, every invalid value refused with its code and nothing changed, and the identity secret never
 * shown. Every test puts the settings back as it found them.
 */
class SettingsIT {

    @Test
    void anonymous_callers_must_sign_in_to_read_or_change_the_settings() {
        assertProblem(SettingsApi.get(Optional.empty()), 401, "not_signed_in");
        assertProblem(
                SettingsApi.put(Optional.empty(), Optional.empty(), "{\"welcomeMessage\":\"Hacked\"}"),
                401,
                "not_signed_in");

        assertThat(SettingsApi.widgetConfig().getString("welcomeMessage")).isNotEqualTo("Hacked");
    }

    @Test
    void an_admin_reads_every_section_without_caching() {
        AgentSession admin = ParleyClient.signInAsAdmin();

        HttpResponse<String> response = SettingsApi.get(Optional.of(admin));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(contentType(response)).startsWith("application/json");
        assertThat(response.headers().firstValue("Cache-Control"))
                .hasValueSatisfying(value -> assertThat(value).contains("no-store"));
        assertThat(json(response.body()))
                .containsKeys(
                        "chatEnabled",
                        "onsiteWidgetEnabled",
                        "appearance",
                        "appearanceLocked",
                        "customerHub",
                        "effectiveAppearance",
                        "welcomeMessage",
                        "faqs",
                        "links",
                        "businessHours",
                        "awayMessage",
                        "waitingThresholdSeconds",
                        "allowedOrigins",
                        "identityVerification");
    }

    @Test
    void a_change_without_the_csrf_token_is_refused_and_changes_nothing() {
        AgentSession admin = ParleyClient.signInAsAdmin();
        JsonObject before = SettingsApi.read(admin);

        HttpResponse<String> response = SettingsApi.put(
                Optional.of(admin.cookie()), Optional.empty(), "{\"welcomeMessage\":\"Changed without a token\"}");

        assertProblem(response, 403, "csrf_token_invalid");
        assertThat(SettingsApi.read(admin)).isEqualTo(before);
    }

    @Test
    void an_agent_who_is_not_an_admin_may_neither_read_nor_change_the_settings() {
        AgentSession admin = ParleyClient.signInAsAdmin();
        JsonObject before = SettingsApi.read(admin);
        String email = "agent-" + UUID.randomUUID() + "@parley.test";
        String password = "agent-password-" + UUID.randomUUID();
        HttpResponse<String> created = SettingsApi.postJson(
                "/api/v1/agents",
                admin,
                Json.createObjectBuilder()
                        .add("email", email)
                        .add("name", "Settings Tester")
                        .add("password", password)
                        .add("role", "agent")
                        .build()
                        .toString());
        assumeTrue(
                created.statusCode() == 201 || created.statusCode() == 200,
                "agents can be added through the API: " + created.statusCode() + " " + created.body());
        HttpResponse<String> signIn = ParleyClient.signIn(email, password);
        assertThat(signIn.statusCode()).as(signIn.body()).isEqualTo(200);
        AgentSession agent = new AgentSession(ParleyClient.sessionCookie(signIn).orElseThrow(), json(signIn.body()));

        assertProblem(SettingsApi.get(Optional.of(agent)), 403, "admins_only");
        assertProblem(SettingsApi.put(agent, "{\"welcomeMessage\":\"Changed by an agent\"}"), 403, "admins_only");

        assertThat(SettingsApi.read(admin)).isEqualTo(before);
    }

    @Test
    void every_section_is_saved_and_read_back() {
        AgentSession admin = ParleyClient.signInAsAdmin();
        JsonObject before = SettingsApi.read(admin);
        try {
            JsonObject change = Json.createObjectBuilder()
                    .add("onsiteWidgetEnabled", false)
                    .add("appearance", design("#00aa55", "help", "left", "Ask us"))
                    .add(
                            "customerHub",
                            Json.createObjectBuilder()
                                    .add("active", false)
                                    .add("appearance", design("#7700FF", "smile", "right", "")))
                    .add("welcomeMessage", "Welcome to the round-trip shop!")
                    .add(
                            "faqs",
                            Json.createArrayBuilder()
                                    .add(faq("Do you ship abroad?", "Yes, to the whole EU.", true))
                                    .add(faq("Can I return an item?", "Within 30 days.", false)))
                    .add(
                            "links",
                            Json.createObjectBuilder()
                                    .add("privacyPolicyUrl", "https://shop.example.com/privacy")
                                    .add("termsUrl", "https://shop.example.com/terms"))
                    .add(
                            "businessHours",
                            Json.createObjectBuilder()
                                    .add("timeZone", "Europe/Warsaw")
                                    .add("alwaysOpen", false)
                                    .add(
                                            "weeklySchedule",
                                            Json.createObjectBuilder()
                                                    .add(
                                                            "monday",
                                                            Json.createArrayBuilder()
                                                                    .add(range("13:00", "17:00"))
                                                                    .add(range("09:00", "12:00")))
                                                    .add(
                                                            "saturday",
                                                            Json.createArrayBuilder()
                                                                    .add(range("10:00", "24:00"))))
                                    .add(
                                            "closures",
                                            Json.createArrayBuilder()
                                                    .add("2030-12-25")
                                                    .add("2030-01-01")))
                    .add("awayMessage", "We are out; back soon.")
                    .add("waitingThresholdSeconds", 300)
                    .add(
                            "allowedOrigins",
                            Json.createArrayBuilder()
                                    .add("https://Shop.Example.com:443")
                                    .add("http://localhost:3000"))
                    .build();

            JsonObject answered = SettingsApi.update(admin, change);
            JsonObject read = SettingsApi.read(admin);

            assertThat(read).isEqualTo(answered);
            assertThat(read.getBoolean("chatEnabled")).isTrue();
            assertThat(read.getBoolean("onsiteWidgetEnabled")).isFalse();
            assertThat(read.getJsonObject("appearance")).isEqualTo(design("#00AA55", "help", "left", "Ask us"));
            assertThat(read.getJsonObject("effectiveAppearance")).isEqualTo(read.getJsonObject("appearance"));
            assertThat(read.getBoolean("appearanceLocked")).isFalse();
            assertThat(read.getJsonObject("customerHub").getJsonObject("appearance"))
                    .isEqualTo(design("#7700FF", "smile", "right", ""));
            assertThat(read.getString("welcomeMessage")).isEqualTo("Welcome to the round-trip shop!");
            JsonArray faqs = read.getJsonArray("faqs");
            assertThat(faqs).hasSize(2);
            assertThat(faqs.getJsonObject(0).getString("question")).isEqualTo("Do you ship abroad?");
            assertThat(faqs.getJsonObject(0).getBoolean("published")).isTrue();
            assertThat(faqs.getJsonObject(1).getString("question")).isEqualTo("Can I return an item?");
            assertThat(faqs.getJsonObject(1).getBoolean("published")).isFalse();
            assertThat(faqs.getJsonObject(0).getString("id")).matches("[0-9a-f-]{36}");
            assertThat(read.getJsonObject("links").getString("privacyPolicyUrl"))
                    .isEqualTo("https://shop.example.com/privacy");
            assertThat(read.getJsonObject("links").getString("termsUrl")).isEqualTo("https://shop.example.com/terms");
            JsonObject hours = read.getJsonObject("businessHours");
            assertThat(hours.getString("timeZone")).isEqualTo("Europe/Warsaw");
            assertThat(hours.getBoolean("alwaysOpen")).isFalse();
            assertThat(hours.getJsonObject("weeklySchedule").getJsonArray("monday"))
                    .containsExactly(range("09:00", "12:00"), range("13:00", "17:00"));
            assertThat(hours.getJsonObject("weeklySchedule").getJsonArray("saturday"))
                    .containsExactly(range("10:00", "24:00"));
            assertThat(hours.getJsonObject("weeklySchedule").getJsonArray("sunday"))
                    .isEmpty();
            assertThat(hours.getJsonArray("closures"))
                    .containsExactly(Json.createValue("2030-01-01"), Json.createValue("2030-12-25"));
            assertThat(read.getString("awayMessage")).isEqualTo("We are out; back soon.");
            assertThat(read.getInt("waitingThresholdSeconds")).isEqualTo(300);
            assertThat(read.getJsonArray("allowedOrigins"))
                    .containsExactly(
                            Json.createValue("http://localhost:3000"), Json.createValue("https://shop.example.com"));

            // Reordering keeps the ids; an FAQ left out is removed.
            String shipping = faqs.getJsonObject(0).getString("id");
            String returns = faqs.getJsonObject(1).getString("id");
            JsonObject reordered = SettingsApi.update(
                    admin,
                    Json.createObjectBuilder()
                            .add(
                                    "faqs",
                                    Json.createArrayBuilder()
                                            .add(Json.createObjectBuilder(faqs.getJsonObject(1))
                                                    .add("published", true))
                                            .add(faqs.getJsonObject(0)))
                            .build());
            assertThat(reordered.getJsonArray("faqs").stream()
                            .map(faq -> faq.asJsonObject().getString("id")))
                    .containsExactly(returns, shipping);
            assertThat(reordered.getJsonArray("faqs").getJsonObject(0).getBoolean("published"))
                    .isTrue();
            JsonObject emptied = SettingsApi.update(
                    admin,
                    Json.createObjectBuilder()
                            .add("faqs", Json.createArrayBuilder().add(faqs.getJsonObject(0)))
                            .add("links", Json.createObjectBuilder().add("termsUrl", "https://shop.example.com/terms"))
                            .build());
            assertThat(emptied.getJsonArray("faqs")).hasSize(1);
            assertThat(emptied.getJsonObject("links").isNull("privacyPolicyUrl"))
                    .isTrue();
        } finally {
            SettingsApi.restore(admin, before);
        }
    }

    @Test
    void turning_the_chat_on_turns_the_onsite_widget_on_too() {
        AgentSession admin = ParleyClient.signInAsAdmin();
        JsonObject before = SettingsApi.read(admin);
        try {
            JsonObject off = SettingsApi.update(
                    admin,
                    Json.createObjectBuilder()
                            .add("chatEnabled", false)
                            .add("onsiteWidgetEnabled", false)
                            .build());
            assertThat(off.getBoolean("chatEnabled")).isFalse();

            JsonObject on = SettingsApi.update(
                    admin, Json.createObjectBuilder().add("chatEnabled", true).build());

            assertThat(on.getBoolean("chatEnabled")).isTrue();
            assertThat(on.getBoolean("onsiteWidgetEnabled")).isTrue();
        } finally {
            SettingsApi.restore(admin, before);
        }
    }

    @Test
    void agents_learn_the_waiting_threshold_when_their_inbox_connects() throws Exception {
        AgentSession admin = ParleyClient.signInAsAdmin();
        JsonObject before = SettingsApi.read(admin);
        try {
            SettingsApi.update(
                    admin,
                    Json.createObjectBuilder()
                            .add("waitingThresholdSeconds", 420)
                            .build());

            try (FrameSocket agent = FrameSocket.open("/ws/agent", Optional.of(admin.cookie()))) {
                agent.send(Frames.agentHello());
                assertThat(agent.next("inbox")
                                .getJsonNumber("waitingThresholdSeconds")
                                .longValue())
                        .isEqualTo(420);
            }
        } finally {
            SettingsApi.restore(admin, before);
        }
    }

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

    @Test
    void the_chat_design_cannot_change_while_the_customer_hub_is_active() {
        AgentSession admin = ParleyClient.signInAsAdmin();
        JsonObject before = SettingsApi.read(admin);
        try {
            JsonObject hub = design("#7700FF", "smile", "left", "Hub");
            JsonObject active = SettingsApi.update(
                    admin,
                    Json.createObjectBuilder()
                            .add(
                                    "customerHub",
                                    Json.createObjectBuilder()
                                            .add("active", true)
                                            .add("appearance", hub))
                            .build());
            assertThat(active.getBoolean("appearanceLocked")).isTrue();
            assertThat(active.getJsonObject("effectiveAppearance")).isEqualTo(hub);

            HttpResponse<String> refused = SettingsApi.put(
                    admin,
                    Json.createObjectBuilder()
                            .add("appearance", design("#123456", "help", "right", ""))
                            .build());

            assertProblem(refused, 400, "appearance_locked_by_customer_hub");
            assertThat(SettingsApi.read(admin)).isEqualTo(active);
            // The form sends back the design it showed: no change, so no refusal.
            JsonObject resent = SettingsApi.update(
                    admin,
                    Json.createObjectBuilder()
                            .add("appearance", active.getJsonObject("appearance"))
                            .add("welcomeMessage", "Resent")
                            .build());
            assertThat(resent.getString("welcomeMessage")).isEqualTo("Resent");
            // Switching the hub off in the same change unlocks the design.
            JsonObject unlocked = SettingsApi.update(
                    admin,
                    Json.createObjectBuilder()
                            .add(
                                    "customerHub",
                                    Json.createObjectBuilder()
                                            .add("active", false)
                                            .add("appearance", hub))
                            .add("appearance", design("#123456", "help", "right", ""))
                            .build());
            assertThat(unlocked.getBoolean("appearanceLocked")).isFalse();
            assertThat(unlocked.getJsonObject("effectiveAppearance")).isEqualTo(design("#123456", "help", "right", ""));
        } finally {
            SettingsApi.restore(admin, before);
        }
    }

    @Test
    void the_identity_secret_never_appears_in_any_response() {
        AgentSession admin = ParleyClient.signInAsAdmin();
        JsonObject before = SettingsApi.read(admin);
        String secret = "secret-" + UUID.randomUUID() + "-" + UUID.randomUUID();
        try {
            HttpResponse<String> set = SettingsApi.put(
                    admin,
                    Json.createObjectBuilder()
                            .add(
                                    "identityVerification",
                                    Json.createObjectBuilder()
                                            .add("enforced", true)
                                            .add("secret", secret))
                            .build());
            assertThat(set.statusCode()).as(set.body()).isEqualTo(200);
            assertThat(set.body()).doesNotContain(secret);
            assertThat(json(set.body()).getJsonObject("identityVerification"))
                    .isEqualTo(Json.createObjectBuilder()
                            .add("enforced", true)
                            .add("secretSet", true)
                            .build());

            HttpResponse<String> read = SettingsApi.get(Optional.of(admin));
            assertThat(read.body()).doesNotContain(secret).doesNotContain("\"secret\"");
            assertThat(ParleyClient.get(SettingsApi.WIDGET_CONFIG).body()).doesNotContain(secret);

            // Leaving the secret out keeps it.
            JsonObject kept = SettingsApi.update(
                    admin,
                    Json.createObjectBuilder()
                            .add(
                                    "identityVerification",
                                    Json.createObjectBuilder().add("enforced", false))
                            .build());
            assertThat(kept.getJsonObject("identityVerification").getBoolean("secretSet"))
                    .isTrue();
            assertThat(kept.toString()).doesNotContain(secret);
        } finally {
            SettingsApi.restore(admin, before);
        }
        assertThat(SettingsApi.read(admin).getJsonObject("identityVerification"))
                .isEqualTo(before.getJsonObject("identityVerification"));
    }

    private static JsonObject faq(String question, String answer, boolean published) {
        return Json.createObjectBuilder()
                .add("question", question)
                .add("answer", answer)
                .add("published", published)
                .build();
    }

    private static JsonObject range(String start, String end) {
        return Json.createObjectBuilder().add("end", end).add("start", start).build();
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

    static void assertProblem(HttpResponse<String> response, int status, String code) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(contentType(response)).startsWith("application/problem+json");
        JsonObject problem = json(response.body());
        assertThat(problem.getString("code")).as(response.body()).isEqualTo(code);
        assertThat(problem.getInt("status")).isEqualTo(status);
    }
}
