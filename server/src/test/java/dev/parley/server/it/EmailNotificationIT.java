package dev.parley.server.it;

import static dev.parley.server.it.ParleyClient.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import dev.parley.server.it.ParleyClient.AgentSession;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The team's emails about new tickets, end to end: settings through {@code /api/v1/settings}, a visitor's first
 * message, and an in-process SMTP server on the port the test server is configured with ({@code parley.it.smtpPort},
 * {@code PARLEY_SMTP_PORT} in {@code src/test/liberty/it-*.env}), where the server polls every second and retries
 * every two. Every test puts the settings back as it found them.
 */
class EmailNotificationIT {

    @RegisterExtension
    final GreenMailExtension smtp = new GreenMailExtension(
            new ServerSetup(Integer.getInteger("parley.it.smtpPort", 3025), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    private static final String TEAM = "team@parley.test";
    private static final String ANNA = "anna@parley.test";
    private static final Duration WAIT = Duration.ofSeconds(20);
    /** Long enough for several of the server's one-second rounds. */
    private static final Duration QUIET = Duration.ofSeconds(4);
    /** The team's email window of the test servers ({@code PARLEY_EMAIL_COALESCE_WINDOW} in the IT env files). */
    private static final Duration WINDOW = Duration.ofSeconds(8);

    private static final int BURST = 5;

    private static final String DELIVERY = "/api/v1/settings/email-delivery";

    private AgentSession admin;
    private JsonObject before;

    @BeforeEach
    void remember_the_settings() {
        admin = ParleyClient.signInAsAdmin();
        before = SettingsApi.read(admin);
    }

    @AfterEach
    void restore_the_settings() {
        SettingsApi.restore(admin, before);
    }

    @Test
    void a_new_ticket_sends_one_email_to_every_recipient_with_the_visitors_message_escaped() throws Exception {
        notify(List.of(TEAM, ANNA), 0);
        String marker = Frames.uniqueText("parcel");
        String text = "<script>alert(1)</script>\r\nBcc: victim@evil.test\r\nWhere is my " + marker;

        ParleyClient.startConversation(Frames.newClientMessageId(), text);

        List<MimeMessage> received = awaitEmails(marker, 2);
        pause(QUIET);
        assertThat(emailsAbout(marker))
                .as("one email, delivered once to each recipient")
                .hasSize(2);
        MimeMessage email = received.get(0);
        assertThat(Arrays.stream(email.getAllRecipients()).map(Object::toString))
                .containsExactly(TEAM, ANNA);
        assertThat(email.getHeader("Bcc")).isNull();
        assertThat(email.getSubject())
                .startsWith("New conversation from Visitor ")
                .doesNotContain("\r", "\n");
        assertThat(email.getFrom()[0].toString()).isEqualTo("parley@parley.test");
        MimeMultipart alternative = (MimeMultipart) email.getContent();
        String plain = (String) part(alternative, "text/plain").getContent();
        String html = (String) part(alternative, "text/html").getContent();
        assertThat(plain).contains("<script>alert(1)</script>", marker, "/inbox/");
        assertThat(html)
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;", marker, "/inbox/")
                .doesNotContain("<script>");
        assertThat(email.getHeader("Bcc")).isNull();
        assertThat(smtp.getReceivedMessagesForDomain("evil.test")).isEmpty();
    }

    @Test
    void a_burst_of_new_tickets_sends_each_recipient_one_email_at_once_and_one_summary_when_the_window_ends() {
        notify(List.of(TEAM, ANNA), 0);
        // Let the window of an earlier case's email end, so that the burst's first email goes at once.
        pause(WINDOW);
        List<String> markers = new ArrayList<>();
        for (int i = 0; i < BURST; i++) {
            markers.add(Frames.uniqueText("burst " + i));
        }

        for (String marker : markers) {
            ParleyClient.startConversation(Frames.newClientMessageId(), marker);
        }

        awaitEmails(markers.get(0), 2);
        String subject = (BURST - 1) + " new conversations";
        List<MimeMessage> summaries = awaitEmails(subject, 2);
        pause(QUIET);
        assertThat(emailsAbout(markers.get(0)))
                .as("the first ticket's email, once to each")
                .hasSize(2);
        assertThat(emailsAbout(subject)).as("one summary, once to each").hasSize(2);
        for (String later : markers.subList(1, BURST)) {
            assertThat(emailsAbout(later))
                    .as("no email of its own for %s", later)
                    .isEmpty();
        }
        assertThat(summaries).allSatisfy(summary -> {
            assertThat(summary.getSubject()).isEqualTo(subject);
            assertThat(decoded(summary)).contains("/inbox/");
        });
    }

    @Test
    void a_ticket_an_agent_read_before_the_delay_sends_nothing() {
        notify(List.of(TEAM), 3);
        String read = Frames.uniqueText("read in time");
        ParleyClient.startConversation(Frames.newClientMessageId(), read);
        String ticket = ticketId(read);
        HttpResponse<String> marked = SettingsApi.postJson("/api/v1/tickets/" + ticket + "/read", admin, "{}");
        assertThat(marked.statusCode()).as(marked.body()).isEqualTo(200);
        String unread = Frames.uniqueText("nobody read it");

        ParleyClient.startConversation(Frames.newClientMessageId(), unread);

        // The unread ticket came due later, so once its email is here the read one has been dealt with.
        awaitEmails(unread, 1);
        assertThat(emailsAbout(read)).isEmpty();
    }

    @Test
    void an_admin_sees_that_email_can_go_out_and_gets_a_test_email_at_their_own_address() throws Exception {
        HttpResponse<String> delivery = ParleyClient.get(DELIVERY, Optional.of(admin.cookie()));
        assertThat(delivery.statusCode()).as(delivery.body()).isEqualTo(200);
        assertThat(ParleyClient.json(delivery.body()).getBoolean("canSend")).isTrue();
        assertThat(ParleyClient.json(delivery.body()).containsKey("problem")).isFalse();

        HttpResponse<String> test =
                ParleyClient.send("POST", DELIVERY + "/test", null, admin.cookie(), admin.csrfToken());

        assertThat(test.statusCode()).as(test.body()).isEqualTo(200);
        assertThat(ParleyClient.json(test.body()).getString("sentTo")).isEqualTo(ParleyClient.adminEmail());
        assertThat(smtp.waitForIncomingEmail(WAIT.toMillis(), 1)).isTrue();
        MimeMessage email = smtp.getReceivedMessages()[0];
        assertThat(Arrays.stream(email.getAllRecipients()).map(Object::toString))
                .containsExactly(ParleyClient.adminEmail());
        assertThat(email.getSubject()).isIn("Parley: test email", "Parley: e-mail testowy");
        assertThat(decoded(email)).contains("/inbox/");
    }

    @Test
    void a_test_email_the_mail_server_does_not_take_is_a_502_that_says_why() {
        smtp.stop();
        try {
            HttpResponse<String> test =
                    ParleyClient.send("POST", DELIVERY + "/test", null, admin.cookie(), admin.csrfToken());

            assertProblem(test, 502, "email_not_sent");
            assertThat(ParleyClient.json(test.body()).getString("detail")).contains("Exception");
        } finally {
            smtp.start();
        }
        pause(QUIET);
        assertThat(smtp.getReceivedMessages()).as("nothing was sent later").isEmpty();
    }

    @Test
    void an_email_that_fails_while_the_mail_server_is_down_is_sent_once_after_it_is_back() {
        notify(List.of(TEAM), 0);
        smtp.stop();
        String marker = Frames.uniqueText("server down");

        ParleyClient.startConversation(Frames.newClientMessageId(), marker);
        pause(Duration.ofSeconds(3));
        smtp.start();

        awaitEmails(marker, 1);
        pause(QUIET);
        assertThat(emailsAbout(marker)).hasSize(1);
    }

    @Test
    void nothing_is_sent_while_notifications_are_off() {
        JsonObject off = SettingsApi.update(
                admin,
                Json.createObjectBuilder()
                        .add("emailNotifications", settings(false, List.of(TEAM), 0))
                        .build());
        assertThat(off.getJsonObject("emailNotifications").getBoolean("enabled"))
                .isFalse();
        String quiet = Frames.uniqueText("while off");
        ParleyClient.startConversation(Frames.newClientMessageId(), quiet);

        notify(List.of(TEAM), 0);
        String loud = Frames.uniqueText("while on");
        ParleyClient.startConversation(Frames.newClientMessageId(), loud);

        awaitEmails(loud, 1);
        pause(QUIET);
        assertThat(emailsAbout(quiet)).isEmpty();
    }

    @Test
    void admins_read_and_change_the_section_and_refused_values_change_nothing() {
        JsonObject changed = notify(List.of(TEAM, ANNA), 60);
        assertThat(changed.getJsonObject("emailNotifications"))
                .isEqualTo(Json.createObjectBuilder()
                        .add("enabled", true)
                        .add("recipients", Json.createArrayBuilder().add(TEAM).add(ANNA))
                        .add("delaySeconds", 60)
                        .build());

        assertRefused(settings(true, List.of(), 0), "email_notifications_need_recipients");
        assertRefused(settings(true, List.of("not an address"), 0), "invalid_recipient");
        assertRefused(settings(true, List.of(TEAM, "Team@Parley.Test"), 0), "duplicate_recipient");
        assertRefused(settings(true, List.of(TEAM), 86_401), "invalid_notification_delay");
        assertRefused(
                Json.createObjectBuilder()
                        .add("recipients", Json.createArrayBuilder().add(TEAM))
                        .build(),
                "missing_field");

        assertThat(SettingsApi.read(admin).getJsonObject("emailNotifications"))
                .isEqualTo(changed.getJsonObject("emailNotifications"));
    }

    private void assertRefused(JsonObject section, String code) {
        HttpResponse<String> response = SettingsApi.putSection(
                admin,
                "email-notifications",
                Json.createObjectBuilder()
                        .add("emailNotifications", section)
                        .build()
                        .toString());
        assertProblem(response, 400, code);
        assertThat(ParleyClient.json(response.body()).getString("field")).startsWith("emailNotifications.");
    }

    private JsonObject notify(List<String> recipients, int delaySeconds) {
        return SettingsApi.update(
                admin,
                Json.createObjectBuilder()
                        .add("emailNotifications", settings(true, recipients, delaySeconds))
                        .build());
    }

    private static JsonObject settings(boolean enabled, List<String> recipients, int delaySeconds) {
        JsonArrayBuilder addresses = Json.createArrayBuilder();
        recipients.forEach(addresses::add);
        return Json.createObjectBuilder()
                .add("enabled", enabled)
                .add("recipients", addresses)
                .add("delaySeconds", delaySeconds)
                .build();
    }

    private String ticketId(String text) {
        HttpResponse<String> response = ParleyClient.get(
                "/api/v1/tickets?q=" + URLEncoder.encode(text, StandardCharsets.UTF_8), Optional.of(admin.cookie()));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        var tickets = ParleyClient.json(response.body()).getJsonArray("tickets");
        assertThat(tickets).as("tickets containing %s", text).hasSize(1);
        return tickets.getJsonObject(0).getString("id");
    }

    /** Waits until {@code count} delivered messages quote the text, and returns them. */
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

    /** The message's parts as text, decoded from their transfer encoding. */
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

    private static BodyPart part(MimeMultipart alternative, String type) throws MessagingException {
        for (int i = 0; i < alternative.getCount(); i++) {
            if (alternative.getBodyPart(i).getContentType().startsWith(type)) {
                return alternative.getBodyPart(i);
            }
        }
        throw new AssertionError("No " + type + " part");
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
