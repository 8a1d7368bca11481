package dev.parley.application.notification.port.out;

import dev.parley.domain.notification.TicketNotification;
import dev.parley.domain.ticket.TicketId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Reads the outbox of ticket notifications; driven by the notification use cases. */
public interface LoadTicketNotificationPort {

    /** Pending notifications whose next attempt is due at {@code now}, earliest first, at most {@code limit}. */
    List<TicketNotification> due(Instant now, int limit);

    /**
     * The ticket's notification, kept from other workers until the current transaction ends, so that two workers
     * never claim it both.
     */
    Optional<TicketNotification> findForUpdate(TicketId ticket);

    /** When the team's last email about new tickets went out, if one ever did. */
    Optional<Instant> lastSentAt();
}
