package dev.parley.application.notification.port.in;

import dev.parley.domain.notification.AdminAlertKind;

/**
 * Tells every admin by email that something stopped working on its own; driven, through a port bridged where Parley
 * is wired, by the contexts that notice it (webhooks, the handoff). The emails wait in an outbox written in the
 * caller's transaction.
 */
public interface AlertAdminsUseCase {

    /**
     * Schedules one email per active admin; none without a mail server (the server log says it instead).
     *
     * @param about what stopped working (a webhook's address, a helpdesk's name)
     * @param detail why, without secrets or a visitor's address
     */
    void alert(AdminAlertKind kind, String about, String detail);
}
