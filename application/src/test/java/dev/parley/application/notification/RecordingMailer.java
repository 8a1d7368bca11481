package dev.parley.application.notification;

import dev.parley.application.notification.port.out.EmailNotSentException;
import dev.parley.application.notification.port.out.SendEmailPort;
import dev.parley.domain.notification.AdminAlertEmail;
import dev.parley.domain.notification.MentionEmail;
import dev.parley.domain.notification.NotificationEmail;
import dev.parley.domain.notification.TranscriptEmail;
import dev.parley.domain.notification.VisitorReplyEmail;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/** A mail server that records what it was given, and can be missing or down. */
class RecordingMailer implements SendEmailPort {

    private final List<NotificationEmail> sent = new ArrayList<>();
    private final List<NotificationEmail.Recipient> tests = new ArrayList<>();
    private final List<MentionEmail> mentions = new ArrayList<>();
    private final List<VisitorReplyEmail> visitorReplies = new ArrayList<>();
    private final List<TranscriptEmail> transcripts = new ArrayList<>();
    private final List<AdminAlertEmail> alerts = new ArrayList<>();
    private boolean configured = true;
    private boolean down;
    private int refused;

    @Override
    public boolean canSend() {
        return configured;
    }

    @Override
    public void send(NotificationEmail email) {
        if (down) {
            refused++;
            throw new EmailNotSentException("MailConnectException: Couldn't connect to host", null);
        }
        sent.add(email);
    }

    @Override
    public void sendMention(MentionEmail email) {
        if (down) {
            refused++;
            throw new EmailNotSentException("MailConnectException: Couldn't connect to host", null);
        }
        mentions.add(email);
    }

    @Override
    public void sendVisitorReply(VisitorReplyEmail email) {
        if (down) {
            refused++;
            throw new EmailNotSentException("MailConnectException: Couldn't connect to host", null);
        }
        visitorReplies.add(email);
    }

    @Override
    public void sendTranscript(TranscriptEmail email) {
        if (down) {
            refused++;
            throw new EmailNotSentException("MailConnectException: Couldn't connect to host", null);
        }
        transcripts.add(email);
    }

    @Override
    public void sendAdminAlert(AdminAlertEmail email) {
        if (down) {
            refused++;
            throw new EmailNotSentException("MailConnectException: Couldn't connect to host", null);
        }
        alerts.add(email);
    }

    /** The admins' alerts the server accepted. */
    List<AdminAlertEmail> alerts() {
        return alerts;
    }

    /** The transcripts the server accepted. */
    List<TranscriptEmail> transcripts() {
        return transcripts;
    }

    /** The emails to visitors the server accepted. */
    List<VisitorReplyEmail> visitorReplies() {
        return visitorReplies;
    }

    /** The mention emails the server accepted. */
    List<MentionEmail> mentions() {
        return mentions;
    }

    @Override
    public void sendTest(NotificationEmail.Recipient recipient, URI inboxUrl) {
        if (down) {
            refused++;
            throw new EmailNotSentException("MailConnectException: Couldn't connect to host", null);
        }
        tests.add(recipient);
    }

    /** The recipients of the test emails the server accepted. */
    List<NotificationEmail.Recipient> tests() {
        return tests;
    }

    void unconfigured() {
        configured = false;
    }

    void down(boolean isDown) {
        down = isDown;
    }

    List<NotificationEmail> sent() {
        return sent;
    }

    int refused() {
        return refused;
    }
}
