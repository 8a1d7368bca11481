package dev.parley.application.notification.port.in;

/** Sends the due emails that carry agents' replies to visitors who left; driven by the notification worker. */
@FunctionalInterface
public interface DeliverVisitorReplyEmailsUseCase {

    /** Sends what is due now; without a mail server, nothing. */
    int deliverDue();
}
