package dev.parley.application.notification;

import dev.parley.application.notification.port.out.LoadTicketNotificationPort;
import dev.parley.application.notification.port.out.SaveTicketNotificationPort;
import dev.parley.domain.notification.TicketNotification;
import dev.parley.domain.ticket.TicketId;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The outbox in memory, stored as copies, as the database would keep it. */
class InMemoryTicketNotifications implements LoadTicketNotificationPort, SaveTicketNotificationPort {

    private final Map<TicketId, TicketNotification> rows = new LinkedHashMap<>();

    @Override
    public List<TicketNotification> due(Instant now, int limit) {
        return rows.values().stream()
                .filter(row -> row.isDueAt(now))
                .sorted(Comparator.comparing(TicketNotification::nextAttemptAt))
                .limit(limit)
                .map(InMemoryTicketNotifications::copy)
                .toList();
    }

    @Override
    public Optional<TicketNotification> findForUpdate(TicketId ticket) {
        return Optional.ofNullable(rows.get(ticket)).map(InMemoryTicketNotifications::copy);
    }

    @Override
    public Optional<Instant> lastSentAt() {
        return rows.values().stream().flatMap(row -> row.sentAt().stream()).max(Comparator.naturalOrder());
    }

    @Override
    public void create(TicketNotification notification) {
        if (rows.putIfAbsent(notification.ticket(), copy(notification)) != null) {
            throw new IllegalStateException("a second notification for one ticket");
        }
    }

    @Override
    public void update(TicketNotification notification) {
        rows.put(notification.ticket(), copy(notification));
    }

    Optional<TicketNotification> of(TicketId ticket) {
        return findForUpdate(ticket);
    }

    List<TicketNotification> all() {
        return rows.values().stream().map(InMemoryTicketNotifications::copy).toList();
    }

    private static TicketNotification copy(TicketNotification n) {
        return TicketNotification.reconstitute(
                n.ticket(),
                n.dueAt(),
                n.status(),
                n.attempts(),
                n.nextAttemptAt(),
                n.sentAt().orElse(null),
                n.lastError().orElse(null));
    }
}
