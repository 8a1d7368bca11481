package dev.parley.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.server.it.ParleyClient.AgentSession;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * With the AI agent on, it answers a visitor first from the store's published FAQs, in the visitor's language, and
 * hands the conversation to the team when the visitor asks for a person, when nothing answers, or with the store's
 * message; the team sees nothing of the conversation before the handoff, and the AI agent never answers after it.
 */
class AssistantIT {

    private static final String SHIPPING = "We ship every order within 2 working days.";
    private static final String WYSYLKA = "Wysyłamy każde zamówienie w ciągu 2 dni roboczych.";

    private AgentSession admin;
    private JsonObject before;

    @BeforeEach
    void theStoreAnswersFromItsFaqs() {
        admin = ParleyClient.signInAsAdmin();
        before = SettingsApi.read(admin);
        SettingsApi.update(
                admin,
                Json.createObjectBuilder()
                        .add(
                                "faqs",
                                Json.createArrayBuilder()
                                        .add(faq("How long does shipping take?", SHIPPING, "en"))
                                        .add(faq("Ile trwa wysyłka zamówienia?", WYSYLKA, "pl"))
                                        .add(faq("Can I return shoes I wore outside?", "No, only unworn.", "en")))
                        .add("enabled", true)
                        .add("handoffTarget", "inbox")
                        .add("handoffMessage", "")
                        .build());
    }

    @AfterEach
    void restore() {
        SettingsApi.restore(admin, before);
    }

    @Test
    void answers_from_the_faqs_in_the_visitors_language_and_the_team_sees_nothing_yet() {
        for (String[] asked : List.of(
                new String[] {"en", "how long is shipping?", SHIPPING, "How long does shipping take?"},
                new String[] {"pl", "jak długo trwa wysyłka?", WYSYLKA, "Ile trwa wysyłka zamówienia?"})) {
            try (FrameSocket visitor = FrameSocket.open("/ws/visitor", Optional.empty())) {
                hello(visitor, asked[0]);
                visitor.send(Frames.send(Frames.newClientMessageId(), asked[1]));
                JsonObject ack = visitor.next("ack");
                List<JsonObject> thread = visitor.nextMessages(2);

                assertThat(Frames.seqs(thread)).containsExactly(1L, 2L);
                JsonObject answer = thread.get(1);
                assertThat(answer.getString("author")).isEqualTo("bot");
                assertThat(answer.getString("text")).isEqualTo(asked[2]);
                JsonArray citations = answer.getJsonArray("citations");
                assertThat(citations).hasSize(1);
                assertThat(citations.getJsonObject(0).getString("kind")).isEqualTo("source");
                assertThat(citations.getJsonObject(0).getString("title")).isEqualTo(asked[3]);
                String id = ack.getString("conversationId");
                assertThat(ticketConversations(admin))
                        .as("the AI agent answers; no ticket yet")
                        .doesNotContain(id);
                assertThat(resolvedByTheAiAgent(admin))
                        .as("the admins' AI view")
                        .contains(id);
                JsonArray read = thread(admin, id);
                assertThat(read.getValuesAs(JsonObject.class))
                        .extracting(message -> message.getString("text"))
                        .containsExactly(asked[1], asked[2]);
            }
        }
    }

    @Test
    void talk_to_a_person_hands_off_to_the_inbox_with_the_transcript_and_the_ai_agent_stays_silent() {
        try (FrameSocket inbox = admin.openInbox();
                FrameSocket visitor = FrameSocket.open("/ws/visitor", Optional.empty())) {
            hello(visitor, "en");
            visitor.send(Frames.send(Frames.newClientMessageId(), "How long is shipping?"));
            String id = visitor.next("ack").getString("conversationId");
            assertThat(visitor.nextMessages(2).get(1).getString("author")).isEqualTo("bot");

            visitor.send(Json.createObjectBuilder()
                    .add("type", "live")
                    .add("conversationId", id)
                    .build());
            assertThat(visitor.next("conversation")
                            .getJsonObject("conversation")
                            .getString("stage"))
                    .isEqualTo("live");
            List<JsonObject> handoff = visitor.nextMessages(2);
            assertThat(handoff.get(0).getString("event")).isEqualTo("handoff_visitor_asked");
            assertThat(handoff.get(0).getString("text")).isEqualTo("We're passing your question to our team.");
            assertThat(handoff.get(1).getString("text")).isEqualTo(SettingsApi.DEFAULT_WELCOME);

            JsonObject ticket =
                    inbox.next("ticket", Frames.aboutConversation(id)).getJsonObject("ticket");
            assertThat(ticket.getJsonNumber("lastSeq").longValue()).isEqualTo(4);
            assertThat(ticketConversations(admin)).contains(id);
            JsonArray thread = threadOf(admin, ticket.getString("id"));
            assertThat(thread.getValuesAs(JsonObject.class))
                    .extracting(message -> message.getString("author"))
                    .containsExactly("visitor", "bot", "system", "system");
            assertThat(thread.getJsonObject(2).getString("text"))
                    .isEqualTo("The AI agent handed this conversation over: the visitor asked for a person.");

            visitor.send(Frames.send(Frames.newClientMessageId(), "How long is shipping?"));
            assertThat(Frames.seq(visitor.next("ack"))).isEqualTo(5);
            visitor.next("message");
            visitor.noFrameWithin(FrameSocket.QUIET, Set.of("message"));
        }
    }

    @Test
    void a_greeting_is_greeted_back_and_the_question_after_it_is_answered_without_a_handoff() {
        for (String[] said : List.of(
                new String[] {
                    "en", "Hi!", "Hello! What can I help you with? Type your question and I will look for the answer."
                },
                new String[] {
                    "pl", "Dzień dobry", "Dzień dobry! W czym mogę pomóc? Napisz pytanie, a poszukam odpowiedzi."
                })) {
            try (FrameSocket visitor = FrameSocket.open("/ws/visitor", Optional.empty())) {
                hello(visitor, said[0]);
                visitor.send(Frames.send(Frames.newClientMessageId(), said[1]));
                String id = visitor.next("ack").getString("conversationId");
                List<JsonObject> greeted = visitor.nextMessages(2);

                assertThat(greeted.get(1).getString("author")).isEqualTo("bot");
                assertThat(greeted.get(1).getString("text")).isEqualTo(said[2]);
                assertThat(greeted.get(1).containsKey("citations")).isFalse();

                visitor.send(Frames.send(
                        Frames.newClientMessageId(),
                        said[0].equals("en") ? "How long is shipping?" : "jak długo trwa wysyłka?"));
                visitor.next("ack");
                List<JsonObject> answered = visitor.nextMessages(2);
                assertThat(answered.get(1).getString("author")).isEqualTo("bot");
                assertThat(answered.get(1).getJsonArray("citations")).hasSize(1);
                assertThat(ticketConversations(admin))
                        .as("greeted and answered: no handoff, no ticket")
                        .doesNotContain(id);
            }
        }
    }

    @Test
    void asking_for_a_person_in_words_or_a_question_nothing_answers_hands_off_without_an_ai_answer() {
        for (String[] asked : List.of(
                new String[] {"pl", "chcę rozmawiać z konsultantem", "handoff_visitor_asked"},
                new String[] {"en", "What is the capital of France?", "handoff_no_answer"})) {
            try (FrameSocket visitor = FrameSocket.open("/ws/visitor", Optional.empty())) {
                hello(visitor, asked[0]);
                visitor.send(Frames.send(Frames.newClientMessageId(), asked[1]));
                String id = visitor.next("ack").getString("conversationId");
                List<JsonObject> thread = visitor.nextMessages(3);

                assertThat(thread)
                        .extracting(message -> message.getString("author"))
                        .containsExactly("visitor", "system", "system");
                assertThat(thread.get(1).getString("event")).isEqualTo(asked[2]);
                assertThat(ticketConversations(admin)).contains(id);
            }
        }
    }

    @Test
    void a_handoff_with_the_stores_message_tells_the_visitor_and_ends_the_chat_without_a_ticket() {
        SettingsApi.update(
                admin,
                Json.createObjectBuilder()
                        .add("handoffTarget", "message")
                        .add("handoffMessage", "Write to help@shop.example, we answer within a day.")
                        .build());
        try (FrameSocket visitor = FrameSocket.open("/ws/visitor", Optional.empty())) {
            hello(visitor, "en");
            visitor.send(Frames.send(Frames.newClientMessageId(), "I want to talk to a human"));
            String id = visitor.next("ack").getString("conversationId");
            List<JsonObject> thread = visitor.nextMessages(4);

            assertThat(thread.get(1).getString("event")).isEqualTo("handoff_visitor_asked");
            assertThat(thread.get(2).getString("text"))
                    .isEqualTo("Write to help@shop.example, we answer within a day.");
            assertThat(thread.get(3).getString("event")).isEqualTo("ended_after_handoff");
            assertThat(ticketConversations(admin)).doesNotContain(id);
        }
    }

    @Test
    void the_ai_agents_settings_refuse_what_breaks_their_rules_and_change_nothing() {
        JsonObject current = SettingsApi.read(admin);
        assertThat(current.getJsonObject("languageModel"))
                .as("no language model is configured here, and the section says so")
                .isEqualTo(Json.createObjectBuilder().add("configured", false).build());
        for (String[] refused : List.of(
                new String[] {"{\"handoffTarget\":\"message\",\"handoffMessage\":\"\"}", "handoff_message_required"},
                new String[] {"{\"turnLimit\":51}", "invalid_turn_limit"},
                new String[] {"{\"turnLimit\":0}", "invalid_turn_limit"},
                new String[] {"{\"mode\":\"magic\"}", "invalid_assistant_mode"},
                new String[] {"{\"mode\":\"language_model\"}", "language_model_not_configured"},
                new String[] {"{\"minCoverage\":1.5}", "invalid_min_coverage"},
                new String[] {"{\"greeting\":\"" + "x".repeat(501) + "\"}", "invalid_greeting"})) {
            HttpResponse<String> response = SettingsApi.putSection(admin, "assistant", refused[0]);

            assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
            assertThat(ParleyClient.json(response.body()).getString("code")).isEqualTo(refused[1]);
        }
        assertThat(SettingsApi.read(admin)).isEqualTo(current);
        HttpResponse<String> fifty = SettingsApi.putSection(admin, "assistant", "{\"turnLimit\":50}");
        assertThat(fifty.statusCode()).as(fifty.body()).isEqualTo(200);
    }

    private static void hello(FrameSocket visitor, String language) {
        visitor.send(Json.createObjectBuilder()
                .add("type", "hello")
                .add("language", language)
                .build());
        visitor.next("ready");
    }

    private static JsonObject faq(String question, String answer, String language) {
        return Json.createObjectBuilder()
                .add("question", question)
                .add("answer", answer)
                .add("published", true)
                .add("language", language)
                .build();
    }

    private static List<String> ticketConversations(AgentSession admin) {
        HttpResponse<String> response = ParleyClient.get("/api/v1/tickets?limit=100", Optional.of(admin.cookie()));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return ParleyClient.json(response.body()).getJsonArray("tickets").getValuesAs(JsonObject.class).stream()
                .map(ticket -> ticket.getString("conversationId"))
                .toList();
    }

    private static List<String> resolvedByTheAiAgent(AgentSession admin) {
        HttpResponse<String> response =
                ParleyClient.get("/api/v1/assistant/conversations?limit=100", Optional.of(admin.cookie()));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return ParleyClient.json(response.body()).getJsonArray("conversations").getValuesAs(JsonObject.class).stream()
                .map(conversation -> conversation.getString("id"))
                .toList();
    }

    private static JsonArray thread(AgentSession admin, String conversation) {
        HttpResponse<String> response =
                ParleyClient.get("/api/v1/assistant/conversations/" + conversation, Optional.of(admin.cookie()));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return ParleyClient.json(response.body()).getJsonArray("messages");
    }

    private static JsonArray threadOf(AgentSession admin, String ticket) {
        HttpResponse<String> response = ParleyClient.get("/api/v1/tickets/" + ticket, Optional.of(admin.cookie()));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return ParleyClient.json(response.body()).getJsonArray("messages");
    }
}
