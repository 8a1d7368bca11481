package dev.parley.adapters.mail;

import dev.parley.application.notification.port.out.EmailNotSentException;
import dev.parley.application.notification.port.out.SendEmailPort;
import dev.parley.domain.notification.AdminAlertEmail;
import dev.parley.domain.notification.MentionEmail;
import dev.parley.domain.notification.NotificationEmail;
import dev.parley.domain.notification.TranscriptEmail;
import dev.parley.domain.notification.VisitorReplyEmail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends the team's emails through the store's SMTP server with Jakarta Mail (a driven adapter), configured by
 * {@code PARLEY_SMTP_HOST}, {@code _PORT}, {@code _USERNAME}, {@code _PASSWORD}, {@code _FROM} and {@code _STARTTLS}.
 * Each email is plain text with an HTML alternative, worded in the language of each recipient's account: recipients
 * who read the same language get one message together (when the server refuses a later language's message, the retry
 * sends the earlier ones again). Without a host it sends nothing and says so once at start-up.
 */
@ApplicationScoped
class SmtpEmailAdapter implements SendEmailPort {

    private static final Logger LOG = Logger.getLogger(SmtpEmailAdapter.class.getName());
    private static final int MAX_REASON_LENGTH = 300;

    private SmtpSettings smtp;

    @Inject
    SmtpEmailAdapter(
            @ConfigProperty(name = "parley.smtp.host") Optional<String> host,
            @ConfigProperty(name = "parley.smtp.port", defaultValue = "587") int port,
            @ConfigProperty(name = "parley.smtp.username") Optional<String> username,
            @ConfigProperty(name = "parley.smtp.password") Optional<String> password,
            @ConfigProperty(name = "parley.smtp.from", defaultValue = "parley@localhost") String from,
            @ConfigProperty(name = "parley.smtp.starttls", defaultValue = "true") boolean startTls) {
        this(new SmtpSettings(host, port, username, password, from, startTls));
    }

    SmtpEmailAdapter(SmtpSettings smtp) {
        this.smtp = smtp;
    }

    /** For CDI proxies only. */
    protected SmtpEmailAdapter() {}

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object context) {
        if (smtp.configured()) {
            LOG.info(() -> "event=smtp_configured host=" + smtp.host().orElseThrow() + " port=" + smtp.port()
                    + " signs_in=" + smtp.signsIn() + " starttls=" + smtp.startTls());
        } else {
            LOG.warning("event=smtp_not_configured hint=\"set PARLEY_SMTP_HOST (and PARLEY_SMTP_PORT, _USERNAME,"
                    + " _PASSWORD, _FROM) to email the team about new tickets; until then notifications wait\"");
        }
    }

    @Override
    public boolean canSend() {
        return smtp.configured();
    }

    @Override
    public void send(NotificationEmail email) {
        if (!smtp.configured()) {
            throw new EmailNotSentException("No SMTP server is configured (PARLEY_SMTP_HOST)", null);
        }
        try {
            for (MimeMessage message : messages(email)) {
                Transport.send(message);
            }
        } catch (MessagingException failed) {
            throw new EmailNotSentException(reason(failed), failed);
        }
    }

    @Override
    public void sendMention(MentionEmail email) {
        if (!smtp.configured()) {
            throw new EmailNotSentException("No SMTP server is configured (PARLEY_SMTP_HOST)", null);
        }
        try {
            Transport.send(mentionMessage(email));
        } catch (MessagingException failed) {
            throw new EmailNotSentException(reason(failed), failed);
        }
    }

    @Override
    public void sendVisitorReply(VisitorReplyEmail email) {
        if (!smtp.configured()) {
            throw new EmailNotSentException("No SMTP server is configured (PARLEY_SMTP_HOST)", null);
        }
        try {
            Transport.send(message(List.of(email.to()), VisitorReplyEmailText.of(email)));
        } catch (MessagingException failed) {
            throw new EmailNotSentException(reason(failed), failed);
        }
    }

    @Override
    public void sendTranscript(TranscriptEmail email) {
        if (!smtp.configured()) {
            throw new EmailNotSentException("No SMTP server is configured (PARLEY_SMTP_HOST)", null);
        }
        try {
            Transport.send(message(List.of(email.to()), TranscriptEmailText.of(email)));
        } catch (MessagingException failed) {
            throw new EmailNotSentException(reason(failed), failed);
        }
    }

    /** The mention email as a MIME message, in the recipient's language. */
    @Override
    public void sendAdminAlert(AdminAlertEmail email) {
        if (!smtp.configured()) {
            throw new EmailNotSentException("No SMTP server is configured (PARLEY_SMTP_HOST)", null);
        }
        try {
            Transport.send(adminAlertMessage(email));
        } catch (MessagingException failed) {
            throw new EmailNotSentException(reason(failed), failed);
        }
    }

    /** The admin's alert as a MIME message, in the admin's language. */
    MimeMessage adminAlertMessage(AdminAlertEmail email) throws MessagingException {
        return message(
                List.of(email.recipient().address()),
                NotificationEmailText.adminAlert(
                        email,
                        NotificationEmailText.Language.of(email.recipient().locale())));
    }

    MimeMessage mentionMessage(MentionEmail email) throws MessagingException {
        return message(
                List.of(email.recipient().address()),
                NotificationEmailText.mention(
                        email,
                        NotificationEmailText.Language.of(email.recipient().locale())));
    }

    @Override
    public void sendTest(NotificationEmail.Recipient recipient, URI inboxUrl) {
        if (!smtp.configured()) {
            throw new EmailNotSentException("No SMTP server is configured (PARLEY_SMTP_HOST)", null);
        }
        try {
            Transport.send(testMessage(recipient, inboxUrl));
        } catch (MessagingException failed) {
            throw new EmailNotSentException(reason(failed), failed);
        }
    }

    /**
     * Sends one email of Parley's own (not about tickets) to one address now.
     *
     * @throws MessagingException when the mail server could not be reached or refused it
     */
    void sendNow(String to, NotificationEmailText email) throws MessagingException {
        Transport.send(message(List.of(to), email));
    }

    /** The test email as a MIME message, in the recipient's language. */
    MimeMessage testMessage(NotificationEmail.Recipient recipient, URI inboxUrl) throws MessagingException {
        return message(
                List.of(recipient.address()),
                NotificationEmailText.test(inboxUrl, NotificationEmailText.Language.of(recipient.locale())));
    }

    /**
     * The MIME messages, one per language the recipients read, in the order their first recipients were given: From,
     * To every recipient of that language, a one-line subject, and text with an HTML alternative.
     */
    List<MimeMessage> messages(NotificationEmail email) throws MessagingException {
        Map<NotificationEmailText.Language, List<String>> byLanguage = new LinkedHashMap<>();
        for (NotificationEmail.Recipient recipient : email.recipients()) {
            byLanguage
                    .computeIfAbsent(
                            NotificationEmailText.Language.of(recipient.locale()), language -> new ArrayList<>())
                    .add(recipient.address());
        }
        List<MimeMessage> messages = new ArrayList<>();
        for (Map.Entry<NotificationEmailText.Language, List<String>> group : byLanguage.entrySet()) {
            messages.add(message(group.getValue(), NotificationEmailText.of(email, group.getKey())));
        }
        return messages;
    }

    private MimeMessage message(List<String> recipients, NotificationEmailText email) throws MessagingException {
        MimeMessage message = new MimeMessage(session());
        message.setFrom(new InternetAddress(smtp.from(), true));
        InternetAddress[] to = new InternetAddress[recipients.size()];
        for (int i = 0; i < to.length; i++) {
            to[i] = new InternetAddress(recipients.get(i), true);
        }
        message.setRecipients(Message.RecipientType.TO, to);
        // The subject is one line already; a header is never where a line break may slip through.
        message.setSubject(email.subject().replaceAll("[\\r\\n]+", " "), StandardCharsets.UTF_8.name());
        @SuppressWarnings("JavaUtilDate") // Jakarta Mail takes a java.util.Date
        Date sent = new Date();
        message.setSentDate(sent);
        MimeBodyPart text = new MimeBodyPart();
        text.setText(email.text(), StandardCharsets.UTF_8.name(), "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(email.html(), StandardCharsets.UTF_8.name(), "html");
        MimeMultipart alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(text);
        alternative.addBodyPart(html);
        message.setContent(alternative);
        return message;
    }

    private Session session() {
        if (!smtp.signsIn()) {
            return Session.getInstance(smtp.sessionProperties());
        }
        String user = smtp.username().orElseThrow();
        String password = smtp.password().orElse("");
        return Session.getInstance(smtp.sessionProperties(), new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(user, password);
            }
        });
    }

    /** The failure's kind and first line, which name the server's answer; Jakarta Mail's messages carry no password. */
    static String reason(MessagingException failed) {
        String message = String.valueOf(failed.getMessage())
                .replaceAll("\\p{Cntrl}+", " ")
                .strip();
        String reason = failed.getClass().getSimpleName() + ": " + message;
        return reason.length() > MAX_REASON_LENGTH ? reason.substring(0, MAX_REASON_LENGTH) : reason;
    }
}
