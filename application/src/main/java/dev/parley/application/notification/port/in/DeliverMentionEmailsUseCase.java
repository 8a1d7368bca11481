package dev.parley.application.notification.port.in;

/**
 * Sends the due emails about mentions in notes; driven every few seconds by the server's background worker, as
 * {@link DeliverNotificationsUseCase}: a claim in a short transaction, the email outside any, the outcome in another.
 */
public interface DeliverMentionEmailsUseCase {

    /**
     * Works through the mention emails that are due now, a batch at most. One whose agent has seen the mention, or
     * left the team, is dropped instead.
     *
     * @return how many emails went out
     */
    int deliverDue();
}
