package dev.parley.server.it;

import static dev.parley.server.it.SettingsApi.design;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.server.it.ParleyClient.AgentSession;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The public widget configuration ({@code /api/v1/widget/config}) follows what admins set: welcome message, the design
 * in effect, published FAQs in order, links, and whether the store is open. Every test puts the settings back.
 */
class WidgetConfigIT {

    @Test
    void anyone_reads_the_widget_config_and_it_is_never_cached() {
        HttpResponse<String> response = ParleyClient.get(SettingsApi.WIDGET_CONFIG);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(ParleyClient.contentType(response)).startsWith("application/json");
        assertThat(response.headers().firstValue("Cache-Control"))
                .hasValueSatisfying(value -> assertThat(value).contains("no-store"));
        JsonObject config = ParleyClient.json(response.body());
        assertThat(config)
                .containsKeys(
                        "enabled",
                        "appearance",
                        "welcomeMessage",
                        "faqs",
                        "privacyPolicyUrl",
                        "termsUrl",
                        "openNow",
                        "nextOpeningAt",
                        "awayMessage",
                        "limits");
        assertThat(config).doesNotContainKeys("identityVerification", "allowedOrigins", "customerHub");
    }

    @Test
    void the_widget_config_says_the_limits_of_this_installation() {
        JsonObject limits = SettingsApi.widgetConfig().getJsonObject("limits");

        assertThat(limits.getInt("messageMaxLength")).isEqualTo(4_000);
        assertThat(limits.getJsonNumber("uploadMaxBytes").longValue()).isEqualTo(UploadApi.MAX_BYTES);
        assertThat(limits.getJsonArray("uploadImageTypes").getValuesAs(jakarta.json.JsonString::getString))
                .containsExactly("image/png", "image/jpeg", "image/gif", "image/webp");
        assertThat(limits.getInt("ratingCommentMaxLength")).isEqualTo(500);
    }

    @Test
    void the_widget_shows_the_welcome_message_and_links_the_admin_set() {
        AgentSession admin = ParleyClient.signInAsAdmin();
        JsonObject before = SettingsApi.read(admin);
        try {
            SettingsApi.update(
                    admin,
                    Json.createObjectBuilder()
                            .add("welcomeMessage", "Hello from the widget test!")
                            .add("awayMessage", "Gone fishing.")
                            .add(
                                    "links",
                                    Json.createObjectBuilder()
                                            .add("privacyPolicyUrl", "https://shop.example.com/privacy")
                                            .add("termsUrl", "https://shop.example.com/terms"))
                            .build());

            JsonObject config = SettingsApi.widgetConfig();

            assertThat(config.getString("welcomeMessage")).isEqualTo("Hello from the widget test!");
            assertThat(config.getString("awayMessage")).isEqualTo("Gone fishing.");
            assertThat(config.getString("privacyPolicyUrl")).isEqualTo("https://shop.example.com/privacy");
            assertThat(config.getString("termsUrl")).isEqualTo("https://shop.example.com/terms");
        } finally {
            SettingsApi.restore(admin, before);
        }
        assertThat(SettingsApi.widgetConfig().getString("welcomeMessage")).isEqualTo(SettingsApi.DEFAULT_WELCOME);
    }

    @Test
    void the_widget_wears_the_hub_design_while_the_hub_is_active_and_its_own_otherwise() {
        AgentSession admin = ParleyClient.signInAsAdmin();
        JsonObject before = SettingsApi.read(admin);
        JsonObject chat = design("#00AA55", "help", "left", "Ask us");
        JsonObject hub = design("#7700FF", "smile", "right", "");
        try {
            SettingsApi.update(
                    admin,
                    Json.createObjectBuilder()
                            .add(
                                    "customerHub",
                                    Json.createObjectBuilder()
                                            .add("active", false)
                                            .add("appearance", hub))
                            .add("appearance", chat)
                            .build());
            assertThat(SettingsApi.widgetConfig().getJsonObject("appearance")).isEqualTo(chat);

            SettingsApi.update(
                    admin,
                    Json.createObjectBuilder()
                            .add(
                                    "customerHub",
                                    Json.createObjectBuilder()
                                            .add("active", true)
                                            .add("appearance", hub))
                            .build());
            assertThat(SettingsApi.widgetConfig().getJsonObject("appearance")).isEqualTo(hub);

            SettingsApi.update(
                    admin,
                    Json.createObjectBuilder()
                            .add(
                                    "customerHub",
                                    Json.createObjectBuilder()
                                            .add("active", false)
                                            .add("appearance", hub))
                            .build());
            assertThat(SettingsApi.widgetConfig().getJsonObject("appearance")).isEqualTo(chat);
        } finally {
            SettingsApi.restore(admin, before);
        }
    }

    @Test
    void the_widget_lists_only_the_published_faqs_in_the_store_order() {
        AgentSession admin = ParleyClient.signInAsAdmin();
        JsonObject before = SettingsApi.read(admin);
        try {
            JsonObject saved = SettingsApi.update(
                    admin,
                    Json.createObjectBuilder()
                            .add(
                                    "faqs",
                                    Json.createArrayBuilder()
                                            .add(faq("Third in line?", "Published, shown second.", true))
                                            .add(faq("A draft?", "Not shown.", false))
                                            .add(faq("First in line?", "Published, shown third.", true))
                                            .add(faq("Second in line?", "Not published either.", false)))
                            .build());

            JsonObject config = SettingsApi.widgetConfig();

            assertThat(config.getJsonArray("faqs").stream()
                            .map(JsonValue::asJsonObject)
                            .map(faq -> faq.getString("question")))
                    .containsExactly("Third in line?", "First in line?");
            JsonObject first = config.getJsonArray("faqs").getJsonObject(0);
            assertThat(first.getString("id"))
                    .isEqualTo(saved.getJsonArray("faqs").getJsonObject(0).getString("id"));
            assertThat(first.getString("answer")).isEqualTo("Published, shown second.");
            assertThat(first).doesNotContainKey("published");
        } finally {
            SettingsApi.restore(admin, before);
        }
    }

    @Test
    void the_widget_knows_when_the_store_is_closed_and_when_it_opens_next() {
        AgentSession admin = ParleyClient.signInAsAdmin();
        JsonObject before = SettingsApi.read(admin);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        try {
            // Open all day every day, but closed today and tomorrow: it opens at midnight the day after (UTC).
            SettingsApi.update(
                    admin,
                    Json.createObjectBuilder()
                            .add(
                                    "businessHours",
                                    allDayEveryDay()
                                            .add(
                                                    "closures",
                                                    Json.createArrayBuilder()
                                                            .add(today.toString())
                                                            .add(today.plusDays(1)
                                                                    .toString())))
                            .build());
            JsonObject closed = SettingsApi.widgetConfig();
            assertThat(closed.getBoolean("openNow")).isFalse();
            assertThat(closed.getString("nextOpeningAt")).isEqualTo(today.plusDays(2) + "T00:00:00Z");
            assertThat(closed.getString("awayMessage")).isNotBlank();

            SettingsApi.update(
                    admin,
                    Json.createObjectBuilder()
                            .add("businessHours", allDayEveryDay())
                            .build());
            JsonObject open = SettingsApi.widgetConfig();
            assertThat(open.getBoolean("openNow")).isTrue();
            assertThat(open.isNull("nextOpeningAt")).isTrue();
        } finally {
            SettingsApi.restore(admin, before);
        }
        JsonObject restored = SettingsApi.widgetConfig();
        assertThat(restored.getBoolean("openNow")).isTrue();
        assertThat(restored.isNull("nextOpeningAt")).isTrue();
    }

    @Test
    void the_widget_is_disabled_while_the_chat_or_the_onsite_widget_is_off() {
        AgentSession admin = ParleyClient.signInAsAdmin();
        JsonObject before = SettingsApi.read(admin);
        try {
            SettingsApi.update(
                    admin, Json.createObjectBuilder().add("chatEnabled", false).build());
            assertThat(SettingsApi.widgetConfig().getBoolean("enabled")).isFalse();

            SettingsApi.update(
                    admin,
                    Json.createObjectBuilder()
                            .add("chatEnabled", true)
                            .add("onsiteWidgetEnabled", false)
                            .build());
            assertThat(SettingsApi.widgetConfig().getBoolean("enabled")).isFalse();

            SettingsApi.update(
                    admin,
                    Json.createObjectBuilder().add("onsiteWidgetEnabled", true).build());
            assertThat(SettingsApi.widgetConfig().getBoolean("enabled")).isTrue();
        } finally {
            SettingsApi.restore(admin, before);
        }
        assertThat(SettingsApi.widgetConfig().getBoolean("enabled")).isTrue();
    }

    private static JsonObjectBuilder allDayEveryDay() {
        JsonObjectBuilder schedule = Json.createObjectBuilder();
        for (DayOfWeek day : DayOfWeek.values()) {
            JsonArrayBuilder ranges = Json.createArrayBuilder()
                    .add(Json.createObjectBuilder().add("start", "00:00").add("end", "24:00"));
            schedule.add(day.name().toLowerCase(Locale.ROOT), ranges);
        }
        return Json.createObjectBuilder()
                .add("timeZone", "UTC")
                .add("alwaysOpen", false)
                .add("weeklySchedule", schedule);
    }

    private static JsonObject faq(String question, String answer, boolean published) {
        return Json.createObjectBuilder()
                .add("question", question)
                .add("answer", answer)
                .add("published", published)
                .build();
    }
}
