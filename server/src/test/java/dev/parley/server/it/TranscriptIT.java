package dev.parley.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import dev.parley.server.it.ParleyClient.StartedConversation;
import jakarta.json.JsonObject;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A visitor has their ended conversation emailed to them ({@code POST /api/v1/visitor/conversations/{id}/transcript}):
 * at once, with every message, to the address they give; only their own ended conversation, at most three times; a
 * refusal sends nothing.
 */
class TranscriptIT {

    private static final String CONVERSATIONS = "/api/v1/visitor/conversations/";

    @RegisterExtension
    final GreenMailExtension smtp = new GreenMailExtension(
            new ServerSetup(Integer.getInteger("parley.it.smtpPort", 3025), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @Test
    void an_ended_conversation_is_emailed_to_the_visitor_with_every_message_at_most_three_times() throws Exception {
        String question = Frames.uniqueText("Do you ship <b>abroad</b>?");
        StartedConversation started = ParleyClient.startConversation(Frames.newClientMessageId(), question);
        end(started);

        HttpResponse<String> sent = transcript(started, "{\"email\":\"anna@example.com\"}");

        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(200);
        JsonObject answer = ParleyClient.json(sent.body());
        assertThat(answer.getString("sentTo")).isEqualTo("anna@example.com");
        assertThat(answer.getString("conversationId")).isEqualTo(started.conversationId());
        MimeMessage email = emailsAbout(question).get(0);
        assertThat(email.getAllRecipients()).extracting(Object::toString).containsExactly("anna@example.com");
        assertThat(subject(email)).startsWith("Your conversation with ");
        String body = decoded(email);
        assertThat(body).contains(question).contains("You ended the chat.");
        assertThat(body).as("escaped in the HTML part").contains("&lt;b&gt;abroad&lt;/b&gt;");

        assertThat(transcript(started, "{}").statusCode())
                .as("the address the visitor gave is kept for the next one")
                .isEqualTo(200);
        assertThat(transcript(started, "{\"email\":\"anna@example.com\"}").statusCode())
                .isEqualTo(200);
        assertProblem(transcript(started, "{\"email\":\"anna@example.com\"}"), 429, "rate_limited");
        assertThat(emailsAbout(question))
                .as("three, and the refused one sent nothing")
                .hasSize(3);
    }

    @Test
    void refusals_send_nothing() {
        String question = Frames.uniqueText("Is this still open?");
        StartedConversation open = ParleyClient.startConversation(Frames.newClientMessageId(), question);
        assertProblem(transcript(open, "{\"email\":\"anna@example.com\"}"), 409, "conversation_open");

        StartedConversation other =
                ParleyClient.startConversation(Frames.newClientMessageId(), Frames.uniqueText("Someone else's chat"));
        end(other);
        HttpResponse<String> foreign = ParleyClient.postAsVisitor(
                CONVERSATIONS + other.conversationId() + "/transcript",
                open.token(),
                "{\"email\":\"thief@example.com\"}");
        assertProblem(foreign, 404, "conversation_not_found");

        end(open);
        assertProblem(transcript(open, "{}"), 400, "email_required");
        assertProblem(transcript(open, "{\"email\":\"not an address\"}"), 400, "invalid_email");
        assertProblem(
                ParleyClient.postAsVisitor(CONVERSATIONS + open.conversationId() + "/transcript", null, "{}"),
                401,
                "visitor_unknown");

        assertThat(emailsAbout(question)).isEmpty();
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    private static HttpResponse<String> transcript(StartedConversation started, String body) {
        return ParleyClient.postAsVisitor(
                CONVERSATIONS + started.conversationId() + "/transcript", started.token(), body);
    }

    private static void end(StartedConversation started) {
        HttpResponse<String> ended =
                ParleyClient.postAsVisitor(CONVERSATIONS + started.conversationId() + "/end", started.token(), null);
        assertThat(ended.statusCode()).as(ended.body()).isEqualTo(200);
    }

    private static void assertProblem(HttpResponse<String> response, int status, String code) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(ParleyClient.json(response.body()).getString("code")).isEqualTo(code);
    }

    private List<MimeMessage> emailsAbout(String text) {
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(message -> decoded(message).contains(text))
                .toList();
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException unreadable) {
            throw new IllegalStateException(unreadable);
        }
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
}
