package dev.parley.adapters.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import dev.parley.application.notification.port.out.EmailNotSentException;
import dev.parley.domain.notification.NotificationEmail;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SmtpEmailAdapterTest {

    @RegisterExtension
    static final GreenMailExtension SMTP =
            new GreenMailExtension(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());

    private static final NotificationEmail EMAIL = new NotificationEmail(
            List.of(
                    new NotificationEmail.Recipient("team@shop.example", Locale.ENGLISH),
                    new NotificationEmail.Recipient("anna@shop.example", Locale.ENGLISH)),
            Optional.of("Eve\r\nBcc: victim@evil.example"),
            "5F2A",
            Optional.of("<script>alert(1)</script>"),
            URI.create("http://localhost:9080/inbox/"));

    @Test
    void sends_one_message_to_every_recipient_as_text_with_an_html_alternative() throws Exception {
        adapter(SMTP.getSmtp().getPort()).send(EMAIL);

        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(2);
        MimeMessage message = received[0];
        assertThat(message.getSubject()).isEqualTo("New conversation from Eve Bcc: victim@evil.example");
        assertThat(message.getHeader("Bcc")).isNull();
        assertThat(message.getFrom()[0].toString()).isEqualTo("parley@shop.example");
        assertThat(message.getRecipients(Message.RecipientType.TO))
                .extracting(Object::toString)
                .containsExactly("team@shop.example", "anna@shop.example");
        MimeMultipart alternative = (MimeMultipart) message.getContent();
        assertThat(alternative.getContentType()).startsWith("multipart/alternative");
        assertThat(alternative.getBodyPart(0).getContentType()).startsWith("text/plain");
        assertThat(GreenMailUtil.getBody(alternative.getBodyPart(0))).contains("<script>alert(1)</script>");
        assertThat(alternative.getBodyPart(1).getContentType()).startsWith("text/html");
        assertThat((String) alternative.getBodyPart(1).getContent())
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .doesNotContain("<script>");
    }

    @Test
    void each_recipient_reads_it_in_the_language_of_their_account() throws Exception {
        adapter(SMTP.getSmtp().getPort())
                .send(new NotificationEmail(
                        List.of(
                                new NotificationEmail.Recipient("ola@shop.example", Locale.forLanguageTag("pl-PL")),
                                new NotificationEmail.Recipient("team@shop.example", Locale.ENGLISH),
                                new NotificationEmail.Recipient("jan@shop.example", Locale.forLanguageTag("pl"))),
                        Optional.empty(),
                        "5F2A",
                        Optional.of("Gdzie moja paczka?"),
                        URI.create("http://localhost:9080/inbox/")));

        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received)
                .extracting(MimeMessage::getSubject)
                .containsOnly("Nowa rozmowa: Gość 5F2A", "New conversation from Visitor 5F2A");
        MimeMessage polish = Arrays.stream(received)
                .filter(message -> subject(message).startsWith("Nowa"))
                .findFirst()
                .orElseThrow();
        assertThat(polish.getRecipients(Message.RecipientType.TO))
                .extracting(Object::toString)
                .containsExactly("ola@shop.example", "jan@shop.example");
        assertThat(GreenMailUtil.getBody(((MimeMultipart) polish.getContent()).getBodyPart(0)))
                .contains("Odpowiedz w skrzynce");
    }

    @Test
    void a_test_email_goes_to_its_one_recipient_in_their_language_and_links_the_inbox() throws Exception {
        SmtpEmailAdapter adapter = adapter(SMTP.getSmtp().getPort());
        URI inbox = URI.create("https://chat.shop.example/inbox/");

        adapter.sendTest(new NotificationEmail.Recipient("ola@shop.example", Locale.forLanguageTag("pl")), inbox);
        adapter.sendTest(new NotificationEmail.Recipient("team@shop.example", Locale.ENGLISH), inbox);

        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received)
                .extracting(MimeMessage::getSubject)
                .containsExactly("Parley: e-mail testowy", "Parley: test email");
        assertThat(received[0].getRecipients(Message.RecipientType.TO))
                .extracting(Object::toString)
                .containsExactly("ola@shop.example");
        MimeMultipart english = (MimeMultipart) received[1].getContent();
        assertThat(GreenMailUtil.getBody(english.getBodyPart(0)))
                .contains("This is a test email from Parley")
                .contains("Answer in the inbox: https://chat.shop.example/inbox/");
        assertThat((String) english.getBodyPart(1).getContent())
                .contains("<a href=\"https://chat.shop.example/inbox/\">");
    }

    @Test
    void a_server_that_cannot_be_reached_is_a_failure_that_names_its_cause() {
        int closedPort = SMTP.getSmtp().getPort();
        SMTP.stop();
        try {
            assertThatThrownBy(() -> adapter(closedPort).send(EMAIL))
                    .isInstanceOf(EmailNotSentException.class)
                    .hasMessageContaining("Exception");
        } finally {
            SMTP.start();
        }
    }

    @Test
    void without_a_host_nothing_can_be_sent_and_the_password_is_never_printed() {
        SmtpEmailAdapter unconfigured = new SmtpEmailAdapter(new SmtpSettings(
                Optional.of("  "),
                587,
                Optional.of("parley"),
                Optional.of("hunter2-secret"),
                "parley@localhost",
                true));

        assertThat(unconfigured.canSend()).isFalse();
        assertThatThrownBy(() -> unconfigured.send(EMAIL)).isInstanceOf(EmailNotSentException.class);
        assertThatThrownBy(() -> unconfigured.sendTest(EMAIL.recipients().get(0), EMAIL.inboxUrl()))
                .isInstanceOf(EmailNotSentException.class);
        assertThat(new SmtpSettings(
                                Optional.of("smtp.shop.example"),
                                587,
                                Optional.of("parley"),
                                Optional.of("hunter2-secret"),
                                "parley@localhost",
                                true)
                        .toString())
                .doesNotContain("hunter2");
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }

    private static SmtpEmailAdapter adapter(int port) {
        return new SmtpEmailAdapter(new SmtpSettings(
                Optional.of("127.0.0.1"), port, Optional.empty(), Optional.empty(), "parley@shop.example", false));
    }
}
