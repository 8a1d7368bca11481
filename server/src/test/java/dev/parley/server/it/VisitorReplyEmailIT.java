package dev.parley.server.it;

import static dev.parley.server.it.Frames.aboutConversation;
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
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Agents' replies reach a visitor who left, by email, after the delay ({@code
 * PARLEY_VISITOR_REPLY_EMAIL_DELAY_SECONDS}, 3 s in the IT env files): one email per burst, none while the visitor is
 * connected or once they read the replies; the email's link opens the same conversation on Parley's chat page, and
 * what the visitor writes there lands in the same ticket; the link's token also speaks for the visitor in the visitor
 * REST API, which the chat page uses.
 */
class VisitorReplyEmailIT {

    @RegisterExtension
    final GreenMailExtension smtp = new GreenMailExtension(
            new ServerSetup(Integer.getInteger("parley.it.smtpPort", 3025), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    private static final Duration WAIT = Duration.ofSeconds(25);
    /** The delay (3 s) and several of the worker's one-second rounds. */
    private static final Duration QUIET = Duration.ofSeconds(7);

    private static final Pattern LINK = Pattern.compile("(https?://\\S+/chat/\\?c=([A-Za-z0-9_-]+)&lang=([a-z]+))");

    @Test
    void a_burst_of_replies_makes_one_email_whose_link_opens_the_same_ticket() throws Exception {
        AgentSession agent = ParleyClient.signInAsAdmin();
        String question = Frames.uniqueText("Is my parcel on its way?");
        StartedConversation started = ParleyClient.startConversation(Frames.newClientMessageId(), question);
        String conversation = started.conversationId();
        giveEmail(started, "ola@example.pl", "pl");
        String first = Frames.uniqueText("It left our warehouse <b>yesterday</b>.");
        String second = Frames.uniqueText("Tracking number follows.");
        try (FrameSocket inbox = agent.openInbox()) {
            inbox.send(Frames.send(Frames.newClientMessageId(), first, conversation));
            inbox.next("ack");
            inbox.send(Frames.send(Frames.newClientMessageId(), second, conversation));
            inbox.next("ack");
        }

        MimeMessage email = awaitEmails(second, 1).get(0);
        pause(QUIET);
        assertThat(emailsAbout(second)).as("one email per burst").hasSize(1);
        assertThat(email.getAllRecipients()).extracting(Object::toString).containsExactly("ola@example.pl");
        assertThat(email.getSubject()).isEqualTo("Nowa odpowiedź od Northwind Outfitters");
        String body = decoded(email);
        assertThat(body).contains(first.replace("<b>", "&lt;b&gt;").replace("</b>", "&lt;/b&gt;"));
        assertThat(body).contains(first).contains(second).contains("Kontynuuj rozmowę");
        assertThat(body.indexOf(first)).isLessThan(body.indexOf(second));
        Matcher link = LINK.matcher(body);
        assertThat(link.find()).as("the email links the chat page").isTrue();
        assertThat(link.group(3)).isEqualTo("pl");
        HttpResponse<String> page = ParleyClient.get("/chat/?c=" + link.group(2) + "&lang=pl");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("parley-chat.js");

        String answer = Frames.uniqueText("Thanks, I will wait.");
        try (FrameSocket inbox = agent.openInbox();
                FrameSocket visitor = FrameSocket.open("/ws/visitor", Optional.empty())) {
            visitor.send(Json.createObjectBuilder()
                    .add("type", "hello")
                    .add("resume", link.group(2))
                    .build());
            JsonObject ready = visitor.next("ready");
            assertThat(ready.getJsonObject("conversation").getString("id")).isEqualTo(conversation);
            assertThat(ready.containsKey("token"))
                    .as("the link issues no visitor token")
                    .isFalse();

            visitor.send(Frames.send(Frames.newClientMessageId(), answer, conversation));
            assertThat(visitor.next("ack").getString("conversationId")).isEqualTo(conversation);
            JsonObject landed = inbox.next("ticket", aboutConversation(conversation));
            assertThat(landed.getJsonObject("ticket").getString("conversationId"))
                    .isEqualTo(conversation);
        }
        List<JsonObject> thread = ParleyClient.threadAsVisitor(started.token(), conversation);
        assertThat(Frames.texts(thread)).contains(question, first, second, answer);

        // The chat page holds no visitor token: the link's token is also its bearer for the visitor REST API (the
        // conversation's images, an upload, the transcript).
        HttpResponse<String> messages = ParleyClient.getAsVisitor(
                "/api/v1/visitor/conversations/" + conversation + "/messages?afterSeq=0", link.group(2));
        assertThat(messages.statusCode()).as(messages.body()).isEqualTo(200);
        assertThat(messages.body()).contains(answer);
    }

    @Test
    void a_visitor_who_is_still_connected_gets_no_email() throws Exception {
        AgentSession agent = ParleyClient.signInAsAdmin();
        StartedConversation started =
                ParleyClient.startConversation(Frames.newClientMessageId(), Frames.uniqueText("Hello?"));
        giveEmail(started, "still.here@example.com", "en");
        String reply = Frames.uniqueText("Hi, how can I help?");
        try (FrameSocket visitor = FrameSocket.open("/ws/visitor", Optional.empty());
                FrameSocket inbox = agent.openInbox()) {
            visitor.send(Frames.visitorHello(started.token(), started.conversationId(), 2));
            visitor.next("ready");
            inbox.send(Frames.send(Frames.newClientMessageId(), reply, started.conversationId()));
            inbox.next("ack");

            pause(QUIET);
            assertThat(emailsAbout(reply)).isEmpty();
        }
    }

    @Test
    void a_visitor_who_read_the_replies_and_left_gets_no_email() throws Exception {
        AgentSession agent = ParleyClient.signInAsAdmin();
        StartedConversation started =
                ParleyClient.startConversation(Frames.newClientMessageId(), Frames.uniqueText("Sizes?"));
        giveEmail(started, "reader@example.com", "en");
        String reply = Frames.uniqueText("We have S to XL.");
        try (FrameSocket visitor = FrameSocket.open("/ws/visitor", Optional.empty());
                FrameSocket inbox = agent.openInbox()) {
            visitor.send(Frames.visitorHello(started.token(), started.conversationId(), 2));
            visitor.next("ready");
            inbox.send(Frames.send(Frames.newClientMessageId(), reply, started.conversationId()));
            long seq = Frames.seq(inbox.next("ack"));
            visitor.next("message", frame -> frame.getString("text", "").equals(reply));
            visitor.send(Json.createObjectBuilder()
                    .add("type", "seen")
                    .add("conversationId", started.conversationId())
                    .add("seq", seq)
                    .build());
            // Frames are handled in order: the pong says the seen mark is stored. The visitor then leaves.
            visitor.send(Json.createObjectBuilder().add("type", "ping").build());
            visitor.next("pong");
        }

        pause(QUIET);
        assertThat(emailsAbout(reply)).isEmpty();
    }

    @Test
    void a_link_parley_does_not_know_opens_nothing() {
        try (FrameSocket visitor = FrameSocket.open("/ws/visitor", Optional.empty())) {
            visitor.send(Json.createObjectBuilder()
                    .add("type", "hello")
                    .add("resume", "hS0c8xV4bq1uOaN7WnYt2mKp3LrZe6JdQfXg9iCvB5A")
                    .build());
            assertThat(visitor.next("error").getString("code")).isEqualTo("resume_link_invalid");
            visitor.send(Frames.send(Frames.newClientMessageId(), "Let me in"));
            assertThat(visitor.next("error").getString("code")).isEqualTo("not_ready");
        }
        HttpResponse<String> rest = ParleyClient.getAsVisitor(
                "/api/v1/visitor/conversations/current", "hS0c8xV4bq1uOaN7WnYt2mKp3LrZe6JdQfXg9iCvB5A");
        assertThat(rest.statusCode()).isEqualTo(401);
        assertThat(ParleyClient.json(rest.body()).getString("code")).isEqualTo("visitor_unknown");
    }

    /** The visitor gives their address (and their language, with a hello), then leaves. */
    private static void giveEmail(StartedConversation started, String email, String language) {
        try (FrameSocket visitor = FrameSocket.open("/ws/visitor", Optional.empty())) {
            visitor.send(Json.createObjectBuilder()
                    .add("type", "hello")
                    .add("token", started.token())
                    .add("conversationId", started.conversationId())
                    .add("afterSeq", 2)
                    .add("locale", language)
                    .build());
            visitor.next("ready");
            visitor.send(Json.createObjectBuilder()
                    .add("type", "contact")
                    .add("email", email)
                    .build());
            visitor.next("contact");
        }
    }

    private List<MimeMessage> awaitEmails(String text, int count) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        List<MimeMessage> found = emailsAbout(text);
        while (found.size() < count && System.nanoTime() < deadline) {
            pause(Duration.ofMillis(200));
            found = emailsAbout(text);
        }
        assertThat(found).as("emails quoting %s", text).hasSize(count);
        return found;
    }

    private List<MimeMessage> emailsAbout(String text) {
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
        } catch (MessagingException | IOException unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }
}
