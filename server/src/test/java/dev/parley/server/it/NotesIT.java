package dev.parley.server.it;

import static dev.parley.server.it.ParleyClient.assertProblem;
import static dev.parley.server.it.ParleyClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import dev.parley.server.it.ParleyClient.AgentSession;
import dev.parley.server.it.ParleyClient.StartedConversation;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Internal notes end to end: an agent's note reaches the inboxes that have the ticket open and the mentioned agent
 * (live, in their mentions, and by email in their language through the in-process SMTP server the test servers are
 * configured with), while the visitor, connected or coming back, over the WebSocket or the REST API, never gets a
 * trace of it; every refusal changes nothing.
 */
class NotesIT {

    @RegisterExtension
    final GreenMailExtension smtp = new GreenMailExtension(
            new ServerSetup(Integer.getInteger("parley.it.smtpPort", 3025), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    private static final Duration WAIT = Duration.ofSeconds(20);

    private final AgentSession admin = ParleyClient.signInAsAdmin();

    @Test
    void a_note_reaches_the_open_inboxes_and_the_mentioned_agent_and_never_the_visitor() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        AgentSession ada = newAgent("Ada " + suffix, "en");
        AgentSession bogna = newAgent("Bogna " + suffix, "pl");
        String question = Frames.uniqueText("Refund question");
        try (FrameSocket visitor = FrameSocket.open("/ws/visitor", Optional.empty())) {
            visitor.send(Frames.visitorHello());
            String token = visitor.next("ready").getString("token");
            visitor.send(Frames.send(Frames.newClientMessageId(), question));
            String conversation = visitor.next("ack").getString("conversationId");
            visitor.nextMessages(2);
            String ticket = ticketId(question);
            try (FrameSocket adaInbox = ada.openInbox();
                    FrameSocket bognaInbox = bogna.openInbox()) {
                adaInbox.send(Frames.open(conversation, 0));
                adaInbox.next("opened");
                adaInbox.nextMessages(2);
                String secret = Frames.uniqueText("agents only");
                String text =
                        "@Bogna " + suffix + " please check the refund, " + secret + " @Ada " + suffix + " @Nobody";

                HttpResponse<String> added = addNote(ticket, "n-" + suffix, text, ada);

                assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
                JsonObject note = json(added.body());
                assertThat(note.getString("authorId")).isEqualTo(ada.id());
                assertThat(note.getString("authorName")).isEqualTo(ada.name());
                assertThat(note.getString("text")).isEqualTo(text);
                assertThat(note.getString("conversationId")).isEqualTo(conversation);
                assertThat(note.getJsonArray("mentions").getValuesAs(JsonObject.class))
                        .as("Bogna, once; never the author, never an unknown name")
                        .extracting(m -> m.getString("id"))
                        .containsExactly(bogna.id());
                assertThat(adaInbox.next("note").getJsonObject("note")).isEqualTo(note);
                assertThat(bognaInbox.next("mention").getJsonObject("note")).isEqualTo(note);
                bognaInbox.noFrameWithin(FrameSocket.QUIET, "note", frame -> true);
                adaInbox.noFrameWithin(FrameSocket.QUIET, "mention", frame -> true);

                // The visitor hears nothing of it: not live, not on coming back, not over REST.
                visitor.noFrameWithin(FrameSocket.QUIET, Set.of("note", "mention", "message", "ticket"));
                List<JsonObject> resumed = ParleyClient.threadAsVisitor(token, conversation);
                assertThat(resumed).hasSize(2).noneMatch(m -> m.toString().contains(secret));
                HttpResponse<String> history = ParleyClient.getAsVisitor(
                        "/api/v1/visitor/conversations/" + conversation + "/messages?afterSeq=0", token);
                assertThat(history.statusCode()).as(history.body()).isEqualTo(200);
                assertThat(history.body()).doesNotContain(secret);

                // A retry answers the same note and tells nobody again.
                HttpResponse<String> retried = addNote(ticket, "n-" + suffix, text, ada);
                assertThat(retried.statusCode()).as(retried.body()).isEqualTo(201);
                assertThat(json(retried.body())).isEqualTo(note);
                adaInbox.noFrameWithin(FrameSocket.QUIET, "note", frame -> true);
                assertThat(notes(ticket, bogna)).containsExactly(note);

                // Bogna is emailed once, in the language of her account.
                List<MimeMessage> emails = awaitEmails(secret, 1);
                assertThat(emails.get(0).getAllRecipients()[0].toString())
                        .isEqualTo(bogna.agent().getString("email"));
                assertThat(emails.get(0).getSubject())
                        .isEqualTo(ada.name() + " wspomina o Tobie w notatce wewnętrznej");
                assertThat(emailsQuoting(secret)).as("nobody else is emailed").hasSize(1);

                // Her mentions list it until she opens the ticket.
                assertThat(mentions(bogna)).containsExactly(note);
                assertThat(mentions(ada)).isEmpty();
                HttpResponse<String> seen = ParleyClient.send(
                        "POST",
                        "/api/v1/agent/mentions/seen",
                        Json.createObjectBuilder()
                                .add("ticketId", ticket)
                                .build()
                                .toString(),
                        bogna.cookie(),
                        bogna.csrfToken());
                assertThat(seen.statusCode()).as(seen.body()).isEqualTo(200);
                assertThat(json(seen.body()).getInt("seen")).isEqualTo(1);
                assertThat(mentions(bogna)).isEmpty();
            }
        }
    }

    @Test
    void refused_notes_change_nothing() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        AgentSession bea = newAgent("Bea " + suffix, "en");
        StartedConversation started =
                ParleyClient.startConversation(Frames.newClientMessageId(), Frames.uniqueText("Note refusals"));
        String ticket = ticketId(started.thread().get(1).getString("text"));
        JsonObject kept =
                json(addNote(ticket, "kept", "@Bea " + suffix + " kept", admin).body());
        String path = "/api/v1/tickets/" + ticket + "/notes";
        String body = noteBody("n-1", "@Bea " + suffix + " refused");

        assertProblem(ParleyClient.send("POST", path, body, null, null), 401, "not_signed_in");
        assertProblem(ParleyClient.get(path), 401, "not_signed_in");
        assertProblem(ParleyClient.postAsVisitor(path, started.token(), body), 401, "not_signed_in");
        assertProblem(ParleyClient.getAsVisitor(path, started.token()), 401, "not_signed_in");
        assertProblem(ParleyClient.send("POST", path, body, admin.cookie(), null), 403, "csrf_token_invalid");
        assertProblem(addNote(ticket, "n-2", "   ", admin), 400, "empty_note");
        assertProblem(addNote(ticket, "n-3", "x".repeat(4_001), admin), 400, "note_too_long");
        assertProblem(addNote(ticket, "not an id!", "text", admin), 400, "invalid_client_note_id");
        assertProblem(
                ParleyClient.send("POST", path, "{\"text\":\"x\"}", admin.cookie(), admin.csrfToken()),
                400,
                "missing_field");
        assertProblem(
                ParleyClient.send("POST", path, "{\"text\":", admin.cookie(), admin.csrfToken()),
                400,
                "malformed_body");
        assertProblem(addNote(UUID.randomUUID().toString(), "n-4", "text", admin), 404, "ticket_not_found");
        assertProblem(addNote("not-a-ticket", "n-4", "text", admin), 404, "ticket_not_found");
        assertProblem(addNote(ticket, "kept", "@Bea " + suffix + " changed", admin), 409, "client_note_id_reused");

        assertThat(notes(ticket, admin)).containsExactly(kept);
        assertThat(mentions(bea)).containsExactly(kept);
        assertThat(addNote(ticket, "n-edge", "x".repeat(4_000), admin).statusCode())
                .isEqualTo(201);
    }

    @Test
    void a_closed_ticket_takes_notes_too() {
        String question = Frames.uniqueText("Closed then noted");
        ParleyClient.startConversation(Frames.newClientMessageId(), question);
        String ticket = ticketId(question);
        HttpResponse<String> closed = ParleyClient.send(
                "POST", "/api/v1/tickets/" + ticket + "/close", "{}", admin.cookie(), admin.csrfToken());
        assertThat(closed.statusCode()).as(closed.body()).isEqualTo(200);

        HttpResponse<String> added = addNote(ticket, "after-close", "Customer called back; all settled.", admin);

        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        assertThat(notes(ticket, admin))
                .extracting(n -> n.getString("text"))
                .containsExactly("Customer called back; all settled.");
    }

    private static HttpResponse<String> addNote(String ticket, String clientNoteId, String text, AgentSession author) {
        return ParleyClient.send(
                "POST",
                "/api/v1/tickets/" + ticket + "/notes",
                noteBody(clientNoteId, text),
                author.cookie(),
                author.csrfToken());
    }

    private static String noteBody(String clientNoteId, String text) {
        return Json.createObjectBuilder()
                .add("clientNoteId", clientNoteId)
                .add("text", text)
                .build()
                .toString();
    }

    private static List<JsonObject> notes(String ticket, AgentSession caller) {
        HttpResponse<String> listed =
                ParleyClient.get("/api/v1/tickets/" + ticket + "/notes", Optional.of(caller.cookie()));
        assertThat(listed.statusCode()).as(listed.body()).isEqualTo(200);
        return json(listed.body()).getJsonArray("notes").getValuesAs(JsonObject.class);
    }

    private static List<JsonObject> mentions(AgentSession caller) {
        HttpResponse<String> listed = ParleyClient.get("/api/v1/agent/mentions", Optional.of(caller.cookie()));
        assertThat(listed.statusCode()).as(listed.body()).isEqualTo(200);
        return json(listed.body()).getJsonArray("mentions").getValuesAs(JsonObject.class);
    }

    private String ticketId(String text) {
        HttpResponse<String> list = ParleyClient.get(
                "/api/v1/tickets?q=" + URLEncoder.encode(text, StandardCharsets.UTF_8), Optional.of(admin.cookie()));
        assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
        return json(list.body()).getJsonArray("tickets").getJsonObject(0).getString("id");
    }

    private AgentSession newAgent(String name, String locale) {
        String email = "notes-it-" + UUID.randomUUID() + "@parley.test";
        HttpResponse<String> created = ParleyClient.send(
                "POST",
                "/api/v1/agents",
                Json.createObjectBuilder()
                        .add("email", email)
                        .add("name", name)
                        .add("password", "notes-password")
                        .add("role", "agent")
                        .build()
                        .toString(),
                admin.cookie(),
                admin.csrfToken());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        HttpResponse<String> signedIn = ParleyClient.signIn(email, "notes-password");
        assertThat(signedIn.statusCode()).as(signedIn.body()).isEqualTo(200);
        AgentSession session =
                new AgentSession(ParleyClient.sessionCookie(signedIn).orElseThrow(), json(signedIn.body()));
        HttpResponse<String> language = ParleyClient.send(
                "PATCH", "/api/v1/agents/me", "{\"locale\":\"" + locale + "\"}", session.cookie(), session.csrfToken());
        assertThat(language.statusCode()).as(language.body()).isEqualTo(200);
        return session;
    }

    private List<MimeMessage> awaitEmails(String text, int count) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        List<MimeMessage> found = emailsQuoting(text);
        while (found.size() < count && System.nanoTime() < deadline) {
            Thread.sleep(200);
            found = emailsQuoting(text);
        }
        assertThat(found).as("emails quoting %s", text).hasSize(count);
        return found;
    }

    private List<MimeMessage> emailsQuoting(String text) {
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(message -> decoded(message).contains(text))
                .toList();
    }

    private static String decoded(MimeMessage message) {
        try {
            Object content = message.getContent();
            if (!(content instanceof MimeMultipart parts)) {
                return String.valueOf(content);
            }
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < parts.getCount(); i++) {
                text.append(parts.getBodyPart(i).getContent()).append('\n');
            }
            return text.toString();
        } catch (MessagingException | java.io.IOException unreadable) {
            throw new AssertionError("An email that cannot be read", unreadable);
        }
    }
}
