package dev.parley.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.server.it.ParleyClient.AgentSession;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A store writes its welcome and away messages, launcher label and FAQs in English and Polish; each visitor reads them
 * in their language, and in the store's own when it wrote none in theirs.
 */
class TextsPerLanguageIT {

    private static final String POLISH_WELCOME = "Dzień dobry! W czym możemy pomóc?";

    @Test
    void a_polish_visitor_reads_the_polish_texts_and_an_english_one_the_english() {
        AgentSession admin = ParleyClient.signInAsAdmin();
        JsonObject before = SettingsApi.read(admin);
        try {
            SettingsApi.update(
                    admin,
                    Json.createObjectBuilder()
                            .add("welcomeMessage", "Welcome to Ridge Outdoor!")
                            .add(
                                    "welcomeMessageTranslations",
                                    Json.createObjectBuilder().add("pl", "Witamy w Ridge Outdoor!"))
                            .add(
                                    "appearance",
                                    Json.createObjectBuilder()
                                            .add("colour", "#1F6FEB")
                                            .add("icon", "chat")
                                            .add("position", "right")
                                            .add("launcherLabel", "Chat with us")
                                            .add(
                                                    "launcherLabelTranslations",
                                                    Json.createObjectBuilder().add("pl", "Napisz do nas")))
                            .add(
                                    "faqs",
                                    Json.createArrayBuilder()
                                            .add(faq("Do you ship abroad?", "Yes, across the EU.", "en"))
                                            .add(faq("Czy wysyłacie za granicę?", "Tak, w całej UE.", "pl"))
                                            .add(faq("Ridge 40 size chart", "S, M, L.", null)))
                            .build());

            JsonObject polish = widgetConfig("pl-PL");
            assertThat(polish.getString("language")).isEqualTo("pl");
            assertThat(polish.getString("welcomeMessage")).isEqualTo("Witamy w Ridge Outdoor!");
            assertThat(polish.getJsonObject("appearance").getString("launcherLabel"))
                    .isEqualTo("Napisz do nas");
            assertThat(questions(polish)).containsExactly("Czy wysyłacie za granicę?", "Ridge 40 size chart");

            JsonObject english = widgetConfig("en-GB");
            assertThat(english.getString("language")).isEqualTo("en");
            assertThat(english.getString("welcomeMessage")).isEqualTo("Welcome to Ridge Outdoor!");
            assertThat(english.getJsonObject("appearance").getString("launcherLabel"))
                    .isEqualTo("Chat with us");
            assertThat(questions(english)).containsExactly("Do you ship abroad?", "Ridge 40 size chart");

            JsonObject german = widgetConfig("de-DE");
            assertThat(german.getString("language"))
                    .as("the store's own language")
                    .isEqualTo("en");
            assertThat(german.getString("welcomeMessage")).isEqualTo("Welcome to Ridge Outdoor!");
            assertThat(SettingsApi.widgetConfig().getString("welcomeMessage")).isEqualTo("Welcome to Ridge Outdoor!");
        } finally {
            SettingsApi.restore(admin, before);
        }
    }

    @Test
    void a_polish_visitor_writing_while_the_store_is_closed_is_welcomed_and_answered_in_polish() {
        AgentSession admin = ParleyClient.signInAsAdmin();
        JsonObject before = SettingsApi.read(admin);
        String away = Frames.uniqueText("We are closed today.");
        String polishAway = Frames.uniqueText("Dziś jesteśmy zamknięci.");
        try {
            LocalDate today = LocalDate.now(ZoneOffset.UTC);
            SettingsApi.update(
                    admin,
                    Json.createObjectBuilder()
                            .add(
                                    "businessHours",
                                    Json.createObjectBuilder()
                                            .add("timeZone", "UTC")
                                            .add("alwaysOpen", false)
                                            .add(
                                                    "closures",
                                                    Json.createArrayBuilder()
                                                            .add(today.toString())
                                                            .add(today.plusDays(1)
                                                                    .toString())))
                            .add("awayMessage", away)
                            .add(
                                    "awayMessageTranslations",
                                    Json.createObjectBuilder().add("pl", polishAway))
                            .add(
                                    "welcomeMessageTranslations",
                                    Json.createObjectBuilder().add("pl", POLISH_WELCOME))
                            .build());

            assertThat(firstThread("pl-PL")).containsExactly(POLISH_WELCOME, "Dzień dobry, czy jest ktoś?", polishAway);
            assertThat(firstThread("en-US"))
                    .containsExactly(SettingsApi.DEFAULT_WELCOME, "Dzień dobry, czy jest ktoś?", away);
        } finally {
            SettingsApi.restore(admin, before);
        }
    }

    @Test
    void a_language_parley_does_not_speak_is_refused_and_changes_nothing() {
        AgentSession admin = ParleyClient.signInAsAdmin();
        JsonObject before = SettingsApi.read(admin);

        HttpResponse<String> refused = SettingsApi.put(
                admin,
                Json.createObjectBuilder()
                        .add("welcomeMessage", "Changed?")
                        .add(
                                "welcomeMessageTranslations",
                                Json.createObjectBuilder().add("de", "Hallo!"))
                        .build());
        HttpResponse<String> badStoreLanguage = SettingsApi.put(
                admin, Json.createObjectBuilder().add("language", "klingon").build());
        HttpResponse<String> tooLong = SettingsApi.put(
                admin,
                Json.createObjectBuilder()
                        .add(
                                "welcomeMessageTranslations",
                                Json.createObjectBuilder().add("pl", "x".repeat(1_001)))
                        .build());

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        JsonObject problem = ParleyClient.json(refused.body());
        assertThat(problem.getString("code")).isEqualTo("unsupported_language");
        assertThat(problem.getString("field")).isEqualTo("welcomeMessageTranslations");
        assertThat(badStoreLanguage.statusCode()).isEqualTo(400);
        assertThat(ParleyClient.json(badStoreLanguage.body()).getString("field"))
                .isEqualTo("language");
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(ParleyClient.json(tooLong.body()).getString("field")).isEqualTo("welcomeMessageTranslations");
        assertThat(SettingsApi.read(admin)).isEqualTo(before);
    }

    private static JsonObject faq(String question, String answer, String language) {
        var faq = Json.createObjectBuilder()
                .add("question", question)
                .add("answer", answer)
                .add("published", true);
        if (language != null) {
            faq.add("language", language);
        }
        return faq.build();
    }

    private static JsonObject widgetConfig(String language) {
        HttpResponse<String> response = ParleyClient.get(SettingsApi.WIDGET_CONFIG + "?lang=" + language);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return ParleyClient.json(response.body());
    }

    private static List<String> questions(JsonObject config) {
        JsonArray faqs = config.getJsonArray("faqs");
        return faqs.stream()
                .map(faq -> faq.asJsonObject().getString("question"))
                .toList();
    }

    /** What a new visitor whose widget speaks {@code locale} reads after their first message. */
    private static List<String> firstThread(String locale) {
        try (FrameSocket visitor = FrameSocket.open("/ws/visitor", Optional.empty())) {
            visitor.send(Json.createObjectBuilder()
                    .add("type", "hello")
                    .add("language", locale)
                    .build());
            visitor.next("ready");
            visitor.send(Frames.send(Frames.newClientMessageId(), "Dzień dobry, czy jest ktoś?"));
            return Frames.texts(visitor.nextMessages(3));
        }
    }
}
