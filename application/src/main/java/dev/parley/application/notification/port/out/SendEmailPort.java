package dev.parley.application.notification.port.out;

import dev.parley.domain.notification.AdminAlertEmail;
import dev.parley.domain.notification.MentionEmail;
import dev.parley.domain.notification.NotificationEmail;
import dev.parley.domain.notification.TranscriptEmail;
import dev.parley.domain.notification.VisitorReplyEmail;
import java.net.URI;

/** Sends an email through the store's mail server; driven by the notification worker, outside any transaction. */
public interface SendEmailPort {

    /** Whether a mail server is configured; without one, notifications wait in the outbox. */
    boolean canSend();

    /**
     * Hands the email to the mail server.
     *
     * @throws EmailNotSentException when the server cannot be reached or refuses it
     */
    void send(NotificationEmail email);

    /**
     * Hands the email that tells an agent a note mentions them to the mail server, in the agent's language.
     *
     * @throws EmailNotSentException when the server cannot be reached or refuses it
     */
    void sendMention(MentionEmail email);

    /**
     * Hands the email that carries agents' unread replies to a visitor who left to the mail server, in the visitor's
     * language.
     *
     * @throws EmailNotSentException when the server cannot be reached or refuses it
     */
    void sendVisitorReply(VisitorReplyEmail email);

    /**
     * Hands an ended conversation, which the visitor asked for, to the mail server, in the visitor's language.
     *
     * @throws EmailNotSentException when the server cannot be reached or refuses it
     */
    void sendTranscript(TranscriptEmail email);

    /**
     * Hands the email that tells an admin an integration stopped working on its own to the mail server, in the
     * admin's language.
     *
     * @throws EmailNotSentException when the server cannot be reached or refuses it
     */
    void sendAdminAlert(AdminAlertEmail email);

    /**
     * Hands a test email to the mail server: it tells the recipient, in their language, that the team's emails reach
     * them, and links the inbox.
     *
     * @throws EmailNotSentException when the server cannot be reached or refuses it
     */
    void sendTest(NotificationEmail.Recipient recipient, URI inboxUrl);
}
