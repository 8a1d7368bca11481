package dev.parley.application.notification.port.in;

/** Driven by the notification worker: sends the admins' alerts that are due. */
public interface DeliverAdminAlertsUseCase {

    /**
     * Sends what is due, each claimed first.
     *
     * @return how many went out
     */
    int deliverDue();
}
