package dev.parley.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.domain.sms.RequestSignature;
import dev.parley.server.it.ParleyClient.AgentSession;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * SMS end to end, against the server's own fake provider of demo mode: an incoming message signed as Twilio signs it
 * becomes an SMS ticket once however often it is retried; a request not signed for Parley's public URL with the
 * store's token, or for another account or number, is refused and stores nothing; an agent's reply reaches the phone
 * through the provider's Messages API and its state moves to delivered through the status callbacks; STOP opts the
 * number out and START back in.
 */
class SmsIT {

    private static final String STORE = "+48500600700";
    private static final String ACCOUNT = "AC0123456789abcdef0123456789abcdef";
    private static final String TOKEN = "it-sms-token-3c9a51e07d";
    private static final String INBOUND = "/api/v1/channels/sms/inbound";
    private static final String TICKETS = "/api/v1/tickets";
    private static final Duration WAIT = Duration.ofSeconds(20);

    private AgentSession admin;

    @BeforeEach
    void theStoreConnectsTheDemoProvider() {
        admin = ParleyClient.signInAsAdmin();
        JsonObject settings = Json.createObjectBuilder()
                .add("enabled", true)
                .add("baseUrl", ParleyClient.baseUrl() + "/api/v1/demo/sms-provider")
                .add("accountId", ACCOUNT)
                .add("sender", STORE)
                .add("authToken", TOKEN)
                .add("optOutKeywords", Json.createArrayBuilder().add("STOP").add("NIE"))
                .add("optInKeywords", Json.createArrayBuilder().add("START"))
                .build();
        HttpResponse<String> saved = ParleyClient.send(
                "PUT", "/api/v1/settings/sms", settings.toString(), admin.cookie(), admin.csrfToken());
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        JsonObject answer = ParleyClient.json(saved.body());
        assertThat(answer.getBoolean("authTokenStored")).isTrue();
        assertThat(answer.containsKey("authToken")).isFalse();
        assertThat(saved.body()).doesNotContain(TOKEN);
        assertThat(answer.getBoolean("demoProvider")).isTrue();
    }

    @Test
    void an_incoming_sms_becomes_one_sms_ticket_however_often_the_provider_retries_it() {
        String phone = newPhone();
        String text = Frames.uniqueText("Where is my parcel");
        Map<String, List<String>> form = inbound(phone, text);
        long messages = StoredRows.count("message");

        HttpResponse<String> first = postSigned(INBOUND, form);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        assertThat(first.body()).contains("<Response>");
        HttpResponse<String> retried = postSigned(INBOUND, form);
        assertThat(retried.statusCode()).isEqualTo(200);

        assertThat(StoredRows.count("message")).isEqualTo(messages + 1);
        JsonObject ticket = findTicket(text);
        assertThat(ticket.getString("channel")).isEqualTo("sms");
        JsonObject sms = sms(ticket.getString("id"));
        assertThat(sms.getString("phone")).isEqualTo(phone);
        assertThat(sms.getBoolean("optedOut")).isFalse();
        assertThat(sms.getJsonArray("messages")).isEmpty();
    }

    @Test
    void requests_not_signed_by_the_stores_provider_are_refused_and_store_nothing() {
        String phone = newPhone();
        String text = Frames.uniqueText("Refund please");
        Map<String, List<String>> form = inbound(phone, text);
        long messages = StoredRows.count("message");
        long received = StoredRows.count("sms_inbound");

        Map<String, List<String>> tampered = new LinkedHashMap<>(form);
        tampered.put("Body", List.of(text + " and more"));
        assertRefused(post(INBOUND, tampered, Optional.of(sign(INBOUND, form, TOKEN))), "invalid_signature");
        assertRefused(post(INBOUND, form, Optional.empty()), "invalid_signature");
        assertRefused(post(INBOUND, form, Optional.of(sign(INBOUND, form, "another-token"))), "invalid_signature");
        // Signed for another address than the one Parley is published under (PARLEY_PUBLIC_URL).
        String elsewhere = RequestSignature.sign(TOKEN, "https://elsewhere.example" + INBOUND, form);
        assertRefused(post(INBOUND, form, Optional.of(elsewhere)), "invalid_signature");
        Map<String, List<String>> otherAccount = new LinkedHashMap<>(form);
        otherAccount.put("AccountSid", List.of("AC" + "f".repeat(32)));
        assertRefused(postSigned(INBOUND, otherAccount), "unknown_account");
        Map<String, List<String>> otherNumber = new LinkedHashMap<>(form);
        otherNumber.put("To", List.of("+48500600799"));
        assertRefused(postSigned(INBOUND, otherNumber), "not_store_number");
        Map<String, List<String>> garbage = new LinkedHashMap<>(form);
        garbage.put("From", List.of("call me maybe"));
        HttpResponse<String> unreadable = postSigned(INBOUND, garbage);
        ParleyClient.assertProblem(unreadable, 400, "invalid_phone");

        Map<String, List<String>> huge = new LinkedHashMap<>(form);
        huge.put("Padding", List.of("x".repeat(70_000)));
        ParleyClient.assertProblem(postSigned(INBOUND, huge), 413, "body_too_large");
        ParleyClient.assertProblem(postChunked(INBOUND, huge), 413, "body_too_large");

        assertThat(StoredRows.count("message")).isEqualTo(messages);
        assertThat(StoredRows.count("sms_inbound")).isEqualTo(received);
        assertThat(list("q=" + encode(text)).getJsonArray("tickets")).isEmpty();
    }

    @Test
    void an_agents_reply_reaches_the_phone_and_is_shown_delivered() throws InterruptedException {
        String phone = newPhone();
        String text = Frames.uniqueText("Do you ship to Gdańsk");
        assertThat(postSigned(INBOUND, inbound(phone, text)).statusCode()).isEqualTo(200);
        JsonObject ticket = findTicket(text);
        String conversation = ticket.getString("conversationId");
        long outgoing = StoredRows.count("sms_outgoing");

        String reply = Frames.uniqueText("Yes, in two days");
        try (FrameSocket agent = FrameSocket.open("/ws/agent", Optional.of(admin.cookie()))) {
            agent.send(Frames.agentHello());
            agent.next("inbox");
            agent.send(Frames.send(Frames.newClientMessageId(), reply, conversation));
            agent.next("ack");
        }
        assertThat(StoredRows.count("sms_outgoing")).isEqualTo(outgoing + 1);

        JsonObject state = awaitState(ticket.getString("id"), "delivered");
        assertThat(state.getInt("segments")).isEqualTo(1);
        JsonObject thread = ParleyClient.json(ParleyClient.get("/api/v1/demo/phone/messages?number=" + encode(phone))
                .body());
        assertThat(thread.getString("storeNumber")).isEqualTo(STORE);
        assertThat(thread.getJsonArray("messages").stream()
                        .map(JsonObject.class::cast)
                        .filter(message -> message.getString("direction").equals("to_phone"))
                        .map(message -> message.getString("text") + "|" + message.getString("status"))
                        .toList())
                .containsExactly(reply + "|delivered");
    }

    @Test
    void the_demo_customer_has_a_chat_ticket_and_an_sms_ticket_open_together_on_one_profile() {
        // Demo mode gave the demo customer the phone the simulator texts from (+48 600 100 200).
        JsonObject customer = ParleyClient.json(
                ParleyClient.postAsVisitor("/api/v1/demo/customer", null, null).body());
        String chatText = Frames.uniqueText("Chat: is the jacket waterproof");
        try (FrameSocket chat = FrameSocket.open("/ws/visitor", Optional.empty())) {
            chat.send(Frames.identifiedHello(customer.getString("userId"), customer.getString("userHash")));
            chat.next("ready");
            chat.send(Frames.send(Frames.newClientMessageId(), chatText));
            chat.next("ack");
        }
        String smsText = Frames.uniqueText("SMS: and does it come in green");
        assertThat(postSigned(INBOUND, inbound("+48600100200", smsText)).statusCode())
                .isEqualTo(200);

        JsonObject chatTicket = findTicket(chatText);
        JsonObject smsTicket = findTicket(smsText);
        assertThat(chatTicket.getString("channel")).isEqualTo("chat");
        assertThat(smsTicket.getString("channel")).isEqualTo("sms");
        assertThat(List.of(chatTicket.getString("status"), smsTicket.getString("status")))
                .containsOnly("open");
        JsonObject sidebar = ParleyClient.json(
                get(TICKETS + "/" + smsTicket.getString("id") + "/profile").body());
        assertThat(sidebar.getJsonObject("profile").getString("externalUserId")).isEqualTo("demo-customer");
        assertThat(sidebar.getJsonArray("otherTickets").getValuesAs(JsonObject.class))
                .extracting(ticket -> ticket.getString("id"))
                .contains(chatTicket.getString("id"));
    }

    @Test
    void notes_and_assignment_work_on_an_sms_ticket_as_on_a_chat_ticket_and_never_reach_the_phone() {
        String phone = newPhone();
        String text = Frames.uniqueText("Can I change my address");
        assertThat(postSigned(INBOUND, inbound(phone, text)).statusCode()).isEqualTo(200);
        JsonObject ticket = findTicket(text);
        String id = ticket.getString("id");
        long outgoing = StoredRows.count("sms_outgoing");

        HttpResponse<String> note = ParleyClient.send(
                "POST",
                TICKETS + "/" + id + "/notes",
                Json.createObjectBuilder()
                        .add("clientNoteId", "sms-note-" + UUID.randomUUID())
                        .add("text", "Check the courier first")
                        .build()
                        .toString(),
                admin.cookie(),
                admin.csrfToken());
        assertThat(note.statusCode()).as(note.body()).isEqualTo(201);
        HttpResponse<String> assigned = ParleyClient.send(
                "POST",
                TICKETS + "/" + id + "/assign",
                Json.createObjectBuilder().add("assigneeId", admin.id()).build().toString(),
                admin.cookie(),
                admin.csrfToken());
        assertThat(assigned.statusCode()).as(assigned.body()).isEqualTo(200);

        assertThat(ParleyClient.json(assigned.body()).getString("assigneeId")).isEqualTo(admin.id());
        assertThat(StoredRows.count("sms_outgoing"))
                .as("a note is never texted")
                .isEqualTo(outgoing);
        assertThat(sms(id).getJsonArray("messages")).isEmpty();
    }

    @Test
    void stop_opts_the_number_out_so_that_replies_are_refused_and_start_opts_it_back_in() {
        String phone = newPhone();
        String text = Frames.uniqueText("Hello shop");
        assertThat(postSigned(INBOUND, inbound(phone, text)).statusCode()).isEqualTo(200);
        JsonObject ticket = findTicket(text);
        String conversation = ticket.getString("conversationId");

        assertThat(postSigned(INBOUND, inbound(phone, " stop. ")).statusCode()).isEqualTo(200);
        assertThat(sms(ticket.getString("id")).getBoolean("optedOut")).isTrue();
        long outgoing = StoredRows.count("sms_outgoing");
        try (FrameSocket agent = FrameSocket.open("/ws/agent", Optional.of(admin.cookie()))) {
            agent.send(Frames.agentHello());
            agent.next("inbox");
            agent.send(Frames.send(Frames.newClientMessageId(), "Are you still there?", conversation));
            assertThat(agent.next("error").getString("code")).isEqualTo("sms_opted_out");
        }
        assertThat(StoredRows.count("sms_outgoing")).isEqualTo(outgoing);

        assertThat(postSigned(INBOUND, inbound(phone, "START")).statusCode()).isEqualTo(200);
        assertThat(sms(ticket.getString("id")).getBoolean("optedOut")).isFalse();
    }

    @Test
    void the_phone_simulator_texts_the_store_through_the_fake_provider() {
        String phone = newPhone();
        String text = Frames.uniqueText("Simulated hello");
        HttpResponse<String> sent = ParleyClient.postJson(
                "/api/v1/demo/phone/messages",
                Json.createObjectBuilder()
                        .add("from", phone)
                        .add("text", text)
                        .build()
                        .toString());
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(202);
        JsonObject message = ParleyClient.json(sent.body());
        assertThat(message.getString("status")).isEqualTo("received");
        assertThat(message.getInt("webhookStatus")).isEqualTo(200);
        assertThat(findTicket(text).getString("channel")).isEqualTo("sms");
    }

    private JsonObject awaitState(String ticketId, String wanted) throws InterruptedException {
        Instant deadline = Instant.now().plus(WAIT);
        JsonObject last = null;
        while (Instant.now().isBefore(deadline)) {
            JsonObject sms = sms(ticketId);
            if (!sms.getJsonArray("messages").isEmpty()) {
                last = sms.getJsonArray("messages").getJsonObject(0);
                if (last.getString("state").equals(wanted)) {
                    return last;
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("The reply never became " + wanted + "; last: " + last);
    }

    private static void assertRefused(HttpResponse<String> response, String code) {
        ParleyClient.assertProblem(response, 403, code);
    }

    private static String newPhone() {
        return "+4869" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
    }

    private static Map<String, List<String>> inbound(String phone, String text) {
        Map<String, List<String>> form = new LinkedHashMap<>();
        form.put("MessageSid", List.of("SM" + UUID.randomUUID().toString().replace("-", "")));
        form.put("AccountSid", List.of(ACCOUNT));
        form.put("From", List.of(phone));
        form.put("To", List.of(STORE));
        form.put("Body", List.of(text));
        form.put("NumMedia", List.of("0"));
        return form;
    }

    private static String sign(String path, Map<String, List<String>> form, String token) {
        return RequestSignature.sign(token, ParleyClient.baseUrl() + path, form);
    }

    private static HttpResponse<String> postSigned(String path, Map<String, List<String>> form) {
        return post(path, form, Optional.of(sign(path, form, TOKEN)));
    }

    private static HttpResponse<String> post(String path, Map<String, List<String>> form, Optional<String> signature) {
        String body = formBody(form);
        HttpRequest.Builder request = HttpRequest.newBuilder(ParleyClient.uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        signature.ifPresent(value -> request.header("X-Twilio-Signature", value));
        try {
            return ParleyClient.http().send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException | InterruptedException failed) {
            throw new IllegalStateException("The SMS webhook did not answer", failed);
        }
    }

    /** The signed form sent without saying its length, in chunks. */
    private static HttpResponse<String> postChunked(String path, Map<String, List<String>> form) {
        byte[] body = formBody(form).getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(ParleyClient.uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Twilio-Signature", sign(path, form, TOKEN))
                .POST(HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofByteArray(body)))
                .build();
        try {
            return ParleyClient.http().send(request, HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException | InterruptedException failed) {
            throw new IllegalStateException("The SMS webhook did not answer", failed);
        }
    }

    private static String formBody(Map<String, List<String>> form) {
        return form.entrySet().stream()
                .flatMap(entry -> entry.getValue().stream().map(value -> encode(entry.getKey()) + "=" + encode(value)))
                .collect(Collectors.joining("&"));
    }

    private JsonObject sms(String ticketId) {
        HttpResponse<String> response = get(TICKETS + "/" + ticketId + "/sms");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return ParleyClient.json(response.body());
    }

    private JsonObject findTicket(String text) {
        JsonObject page = list("q=" + encode(text));
        assertThat(page.getJsonArray("tickets"))
                .as("tickets containing %s", text)
                .hasSize(1);
        return page.getJsonArray("tickets").getJsonObject(0);
    }

    private JsonObject list(String query) {
        HttpResponse<String> response = get(TICKETS + "?" + query);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return ParleyClient.json(response.body());
    }

    private HttpResponse<String> get(String path) {
        return ParleyClient.get(path, Optional.of(admin.cookie()));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
