package dev.parley.application.notification.port.in;

/**
 * Sends the team's due emails about new tickets; driven every few seconds by the server's background worker. Each
 * notification is claimed in a short transaction of its own, sent outside any transaction, and recorded as sent or
 * failed in another, so that a slow or absent mail server never holds a lock the chat needs.
 */
public interface DeliverNotificationsUseCase {

    /**
     * Works through the notifications that are due now, a batch at most.
     *
     * @return how many emails went out
     */
    int deliverDue();
}
