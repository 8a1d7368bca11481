package dev.parley.application.notification.port.out;

import dev.parley.domain.notification.TicketNotification;

/** Stores ticket notifications in the outbox; driven by the notification use cases. */
public interface SaveTicketNotificationPort {

    void create(TicketNotification notification);

    void update(TicketNotification notification);
}
