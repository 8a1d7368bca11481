package dev.parley.server.it;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.parley.server.incontainer.OnArquillianServer;
import dev.parley.server.it.ParleyClient.AgentSession;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A store answers with the operator's OpenAI-compatible language model, end to end: a WireMock server in this JVM plays
 * the chat-completions API on {@code it.ai.port}, and the in-container tests' server is configured with it (its
 * {@code parley.ai.*} variables, see {@code src/test/liberty/arquillian}); the test talks to Parley from outside, as a
 * visitor and as the first admin of {@code maven-run.env}, which that server shares. Only this test chooses the mode
 * {@code language_model}, and it puts the AI agent's settings and FAQs back afterwards.
 *
 * <p>A grounded reply reaches the visitor with the source it cites; a reply that breaks a rule, an error status and a
 * reply that comes too late never do: the visitor gets the built-in search's answer when it is sure of one, and
 * otherwise a person, and the model's text is nowhere in the conversation.
 */
@OnArquillianServer
@RunAsClient
class LanguageModelIT {

    /** Must match {@code parley.ai.model} and {@code parley.ai.api-key} in src/test/liberty/arquillian. */
    private static final String MODEL = "parley-it-model";

    private static final String KEY = "sk-parley-it-4f1c0e9b7d2a";
    private static final int PORT = Integer.getInteger("parley.it.ai.port", 9190);
    private static final String COMPLETIONS = "/v1/chat/completions";

    private static final String FAROE = "How long does delivery to the Faroe Islands take?";
    private static final String FAROE_ANSWER = "Parcels to the Faroe Islands arrive within 6 working days.";
    private static final String GIFT_CARDS = "Can I pay with a gift card?";
    private static final String GIFT_CARDS_ANSWER = "Yes, gift cards are accepted at checkout.";
    /** A question the search finds the Faroe Islands FAQ for, but covers too few of its words to answer. */
    private static final String UNSURE = "Can a drone bring my order to the Faroe Islands at midnight on a Sunday?";

    private static WireMockServer model;

    private AgentSession admin;
    private JsonObject before;

    /** What the fake model does wrong; {@link #text} is what it would have the visitor read. */
    enum BadReply {
        UNKNOWN_CITATION("unknown_citation", "Parcels to the Faroe Islands arrive tomorrow by drone.") {
            @Override
            ResponseDefinitionBuilder response() {
                return completion(answer(text, "P9"));
            }
        },
        FOREIGN_LINK(
                "foreign_link", "Pay the island duty first at https://pay.evil.example/duty to get it in 6 days.") {
            @Override
            ResponseDefinitionBuilder response() {
                return completion(answer(text, "P1"));
            }
        },
        SERVER_ERROR("http_500", "The Faroe Islands are out of reach, write to refunds@evil.example instead.") {
            @Override
            ResponseDefinitionBuilder response() {
                return completion(answer(text, "P1")).withStatus(500);
            }
        },
        TOO_LATE("timeout", "Parcels to the Faroe Islands take six working days, my friend.") {
            @Override
            ResponseDefinitionBuilder response() {
                // Grounded, but after the server's 2 s (parley.ai.timeout): shown never, not even later.
                return completion(answer(text, "P1")).withFixedDelay(5_000);
            }
        };

        final String reason;
        final String text;

        BadReply(String reason, String text) {
            this.reason = reason;
            this.text = text;
        }

        abstract ResponseDefinitionBuilder response();
    }

    @BeforeAll
    static void startTheModel() {
        model = new WireMockServer(options().port(PORT).bindAddress("127.0.0.1"));
        model.start();
    }

    @AfterAll
    static void stopTheModel() {
        if (model != null) {
            model.stop();
        }
    }

    @BeforeEach
    void theStoreAnswersWithTheLanguageModel() {
        model.resetAll();
        admin = ParleyClient.signInAsAdmin();
        before = SettingsApi.read(admin);
        SettingsApi.update(
                admin,
                Json.createObjectBuilder()
                        .add(
                                "faqs",
                                Json.createArrayBuilder()
                                        .add(faq(FAROE, FAROE_ANSWER))
                                        .add(faq(GIFT_CARDS, GIFT_CARDS_ANSWER)))
                        .add("enabled", true)
                        .add("handoffTarget", "inbox")
                        .add("greeting", "")
                        .add("turnLimit", 8)
                        .add("minCoverage", 0)
                        .add("minLead", 0)
                        .build());
        HttpResponse<String> chosen = SettingsApi.putSection(admin, "assistant", "{\"mode\":\"language_model\"}");
        assertThat(chosen.statusCode()).as(chosen.body()).isEqualTo(200);
        assertThat(ParleyClient.json(chosen.body()).getString("mode")).isEqualTo("language_model");
    }

    @AfterEach
    void restore() {
        JsonObjectBuilder restored = Json.createObjectBuilder();
        for (String field : List.of(
                "faqs", "enabled", "mode", "handoffTarget", "greeting", "turnLimit", "minCoverage", "minLead")) {
            restored.add(field, before.get(field));
        }
        SettingsApi.update(admin, restored.build());
    }

    @Test
    void a_grounded_answer_reaches_the_visitor_with_its_source_and_the_model_got_the_passages_as_data() {
        String worded = "Your parcel reaches the Faroe Islands within six working days.";
        model.stubFor(post(urlEqualTo(COMPLETIONS)).willReturn(completion(answer(worded, "P1"))));
        ServerLogs.Mark mark = ServerLogs.mark();

        try (FrameSocket visitor = visitor()) {
            visitor.send(Frames.send(Frames.newClientMessageId(), FAROE));
            String id = visitor.next("ack").getString("conversationId");
            JsonObject answer = visitor.next("message", LanguageModelIT::byTheAiAgent);

            assertThat(answer.getString("text")).isEqualTo(worded);
            JsonArray citations = answer.getJsonArray("citations");
            assertThat(citations).hasSize(1);
            assertThat(citations.getJsonObject(0).getString("kind")).isEqualTo("source");
            assertThat(citations.getJsonObject(0).getString("title")).isEqualTo(FAROE);
            assertThat(texts(assistedThread(id))).containsExactly(FAROE, worded);
        }
        List<LoggedRequest> asked = model.findAll(postRequestedFor(urlEqualTo(COMPLETIONS)));
        assertThat(asked).singleElement().satisfies(request -> {
            assertThat(request.getHeader("Authorization")).isEqualTo("Bearer " + KEY);
            String body = request.getBodyAsString();
            assertThat(body).doesNotContain(KEY);
            JsonObject json = Json.createReader(new StringReader(body)).readObject();
            assertThat(json.getString("model")).isEqualTo(MODEL);
            JsonArray messages = json.getJsonArray("messages");
            assertThat(messages).hasSize(2);
            String instruction = messages.getJsonObject(0).getString("content");
            String data = messages.getJsonObject(1).getString("content");
            assertThat(messages.getJsonObject(1).getString("role")).isEqualTo("user");
            assertThat(data)
                    .as("the passages, the question and nothing else, as data")
                    .startsWith("<passages>\n<passage id=\"P1\" title=\"" + FAROE + "\">")
                    .contains(FAROE_ANSWER)
                    .endsWith("<question>\n" + FAROE + "\n</question>");
            assertThat(instruction).doesNotContain(FAROE_ANSWER).doesNotContain(FAROE);
        });
        assertThat(ServerLogs.messagesSince(mark)).doesNotContain(KEY);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(BadReply.class)
    void a_bad_reply_is_never_shown_and_the_visitor_gets_the_searchs_sure_answer(BadReply bad) {
        model.stubFor(post(urlEqualTo(COMPLETIONS)).willReturn(bad.response()));
        ServerLogs.Mark mark = ServerLogs.mark();

        try (FrameSocket visitor = visitor()) {
            visitor.send(Frames.send(Frames.newClientMessageId(), FAROE));
            String id = visitor.next("ack").getString("conversationId");
            JsonObject answer = visitor.next("message", LanguageModelIT::byTheAiAgent);

            assertThat(answer.getString("text")).isEqualTo(FAROE_ANSWER);
            assertThat(answer.getJsonArray("citations").getJsonObject(0).getString("title"))
                    .isEqualTo(FAROE);
            visitor.noFrameWithin(
                    FrameSocket.QUIET, "message", frame -> frame.toString().contains(bad.text));
            assertThat(texts(assistedThread(id))).containsExactly(FAROE, FAROE_ANSWER);
            assertThat(assistedThread(id).toString()).doesNotContain(bad.text);
        }
        assertThat(model.findAll(postRequestedFor(urlEqualTo(COMPLETIONS))))
                .as("the model was asked")
                .hasSize(1);
        String logged = ServerLogs.messagesSince(mark);
        assertThat(logged).contains("event=language_model_failed").contains("reason=" + bad.reason);
        assertThat(logged).doesNotContain(bad.text).doesNotContain(KEY);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(BadReply.class)
    void a_bad_reply_to_a_question_the_search_is_unsure_of_hands_off_to_a_person_without_it(BadReply bad) {
        model.stubFor(post(urlEqualTo(COMPLETIONS)).willReturn(bad.response()));

        try (FrameSocket inbox = admin.openInbox();
                FrameSocket visitor = visitor()) {
            visitor.send(Frames.send(Frames.newClientMessageId(), UNSURE));
            String id = visitor.next("ack").getString("conversationId");
            JsonObject handoff = visitor.next(
                    "message",
                    frame -> frame.containsKey("event")
                            && frame.getString("event").startsWith("handoff_"));

            assertThat(handoff.getString("author")).isEqualTo("system");
            assertThat(handoff.getString("event"))
                    .as("the model failed where the search had no sure answer")
                    .isEqualTo("handoff_error");
            visitor.noFrameWithin(
                    FrameSocket.QUIET,
                    "message",
                    frame -> byTheAiAgent(frame) || frame.toString().contains(bad.text));
            String ticket = inbox.next("ticket", Frames.aboutConversation(id))
                    .getJsonObject("ticket")
                    .getString("id");
            HttpResponse<String> read = ParleyClient.get("/api/v1/tickets/" + ticket, Optional.of(admin.cookie()));
            assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
            assertThat(read.body()).doesNotContain(bad.text);
            JsonArray thread = ParleyClient.json(read.body()).getJsonArray("messages");
            assertThat(thread.getValuesAs(JsonObject.class))
                    .extracting(message -> message.getString("author"))
                    .doesNotContain("bot")
                    .startsWith("visitor", "system");
            assertThat(texts(thread)).startsWith(UNSURE);
        }
        assertThat(model.findAll(postRequestedFor(urlEqualTo(COMPLETIONS))))
                .as("the model was asked")
                .hasSize(1);
    }

    @Test
    void the_settings_name_the_model_and_never_its_address_or_key() {
        String address = "127.0.0.1:" + PORT;
        JsonObject configured = Json.createObjectBuilder()
                .add("configured", true)
                .add("model", MODEL)
                .build();

        HttpResponse<String> all = SettingsApi.get(Optional.of(admin));
        HttpResponse<String> section = SettingsApi.getSection(Optional.of(admin), "assistant");
        HttpResponse<String> widget = ParleyClient.get(SettingsApi.WIDGET_CONFIG);

        for (HttpResponse<String> response : List.of(all, section)) {
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            JsonObject read = ParleyClient.json(response.body());
            assertThat(read.getJsonObject("languageModel")).isEqualTo(configured);
            assertThat(read.getString("mode")).isEqualTo("language_model");
        }
        for (HttpResponse<String> response : List.of(all, section, widget)) {
            assertThat(response.body()).doesNotContain(KEY).doesNotContain(address);
        }
        assertThat(widget.statusCode()).as(widget.body()).isEqualTo(200);
        assertThat(widget.body()).doesNotContain(MODEL);
        assertThat(model.getAllServeEvents())
                .as("reading settings asks no model")
                .isEmpty();
    }

    private static FrameSocket visitor() {
        FrameSocket visitor = FrameSocket.open("/ws/visitor", Optional.empty());
        visitor.send(Json.createObjectBuilder()
                .add("type", "hello")
                .add("language", "en")
                .build());
        visitor.next("ready");
        return visitor;
    }

    private static boolean byTheAiAgent(JsonObject message) {
        return "bot".equals(message.getString("author", null));
    }

    private JsonArray assistedThread(String conversation) {
        HttpResponse<String> response =
                ParleyClient.get("/api/v1/assistant/conversations/" + conversation, Optional.of(admin.cookie()));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return ParleyClient.json(response.body()).getJsonArray("messages");
    }

    private static List<String> texts(JsonArray thread) {
        return thread.getValuesAs(JsonObject.class).stream()
                .map(message -> message.getString("text"))
                .toList();
    }

    private static JsonObject faq(String question, String answer) {
        return Json.createObjectBuilder()
                .add("question", question)
                .add("answer", answer)
                .add("published", true)
                .add("language", "en")
                .build();
    }

    /** The model's message: {@code {"answer": "...", "citations": ["P1"]}}. */
    private static String answer(String text, String citation) {
        return Json.createObjectBuilder()
                .add("answer", text)
                .add("citations", Json.createArrayBuilder().add(citation))
                .build()
                .toString();
    }

    /** A chat completion whose message's content is {@code content}, as an OpenAI-compatible API answers. */
    private static ResponseDefinitionBuilder completion(String content) {
        String body = Json.createObjectBuilder()
                .add("id", "chatcmpl-it")
                .add("object", "chat.completion")
                .add("model", MODEL)
                .add(
                        "choices",
                        Json.createArrayBuilder()
                                .add(Json.createObjectBuilder()
                                        .add("index", 0)
                                        .add(
                                                "message",
                                                Json.createObjectBuilder()
                                                        .add("role", "assistant")
                                                        .add("content", content))
                                        .add("finish_reason", "stop")))
                .build()
                .toString();
        return aResponse()
                .withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody(body);
    }
}
