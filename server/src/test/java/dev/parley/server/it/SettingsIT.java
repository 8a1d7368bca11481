package dev.parley.server.it;

import static dev.parley.server.it.ParleyClient.assertProblem;
import static dev.parley.server.it.ParleyClient.json;
import static dev.parley.server.it.SettingsApi.design;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.server.it.ParleyClient.AgentSession;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Admins change the store's settings over {@code /api/v1/settings}, a section at a time: every section is saved and read
 * back, the rules between fields hold, agents learn what concerns them, and the identity secret is never shown. Every
 * test puts the settings back as it found them.
 */
class SettingsIT {

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
    void an_faqs_other_phrasings_are_stored_cleaned_and_kept_by_a_client_that_leaves_them_out() {
        AgentSession admin = ParleyClient.signInAsAdmin();
        JsonObject before = SettingsApi.read(admin);
        try {
            JsonArrayBuilder ten = Json.createArrayBuilder();
            for (int n = 1; n <= 10; n++) {
                ten.add("Way " + n + " "
                        + "w".repeat(300 - 6 - String.valueOf(n).length()));
            }
            JsonObject answered = SettingsApi.update(
                    admin,
                    Json.createObjectBuilder()
                            .add(
                                    "faqs",
                                    Json.createArrayBuilder()
                                            .add(Json.createObjectBuilder(
                                                            faq("How long is shipping?", "Two days.", true))
                                                    .add(
                                                            "phrasings",
                                                            Json.createArrayBuilder()
                                                                    .add("  When will my\n parcel arrive?\u200B ")
                                                                    .add("how long is SHIPPING")
                                                                    .add("Delivery time")
                                                                    .add("delivery time?")))
                                            .add(Json.createObjectBuilder(faq("Returns?", "30 days.", true))
                                                    .add("phrasings", ten))
                                            .add(faq("Sizes?", "S to XL.", true)))
                            .build());

            JsonArray faqs = answered.getJsonArray("faqs");
            assertThat(faqs.getJsonObject(0).getJsonArray("phrasings"))
                    .as("cleaned, and those that repeat the question or each other dropped")
                    .containsExactly(
                            Json.createValue("When will my parcel arrive?"), Json.createValue("Delivery time"));
            assertThat(faqs.getJsonObject(1).getJsonArray("phrasings")).hasSize(10);
            assertThat(faqs.getJsonObject(2).getJsonArray("phrasings")).isEmpty();
            assertThat(SettingsApi.read(admin).getJsonArray("faqs")).isEqualTo(faqs);
            assertThat(SettingsApi.widgetConfig().toString())
                    .as("visitors never see them")
                    .doesNotContain("Delivery time");

            JsonObject withoutPhrasings = Json.createObjectBuilder(faqs.getJsonObject(0))
                    .remove("phrasings")
                    .add("answer", "Three days.")
                    .build();
            JsonObject kept = SettingsApi.update(
                    admin,
                    Json.createObjectBuilder()
                            .add("faqs", Json.createArrayBuilder().add(withoutPhrasings))
                            .build());
            assertThat(kept.getJsonArray("faqs").getJsonObject(0).getString("answer"))
                    .isEqualTo("Three days.");
            assertThat(kept.getJsonArray("faqs").getJsonObject(0).getJsonArray("phrasings"))
                    .isEqualTo(faqs.getJsonObject(0).getJsonArray("phrasings"));
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
}
