package dev.parley.server.incontainer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.application.notification.port.out.LoadTicketNotificationPort;
import dev.parley.application.notification.port.out.SaveTicketNotificationPort;
import dev.parley.domain.notification.NotificationStatus;
import dev.parley.domain.notification.TicketNotification;
import dev.parley.domain.ticket.TicketId;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The outbox of the team's emails as the database keeps it: what is due, and claims, which take the row with a row
 * lock so that of two workers only one gets a notification, and which run out so that a vanished worker's
 * notification is taken again. The times are long past and random, so that no worker of the server (it has no mail
 * server here) and no other test touches these rows.
 */
@OnArquillianServer
class NotificationOutboxIT {

    private static final Duration LEASE = Duration.ofMinutes(5);
    private static final int ALL = 10_000;

    @Inject
    Fixtures fixtures;

    @Inject
    LoadTicketNotificationPort notifications;

    @Inject
    SaveTicketNotificationPort saved;

    @Test
    void a_notification_is_due_once_its_delay_has_passed() {
        Instant opened = somewhenLongAgo();
        TicketId ticket = scheduled(opened, Duration.ofMinutes(10));

        assertThat(due(opened.plus(Duration.ofMinutes(9)))).doesNotContain(ticket);
        assertThat(due(opened.plus(Duration.ofMinutes(10)))).contains(ticket);
        TicketNotification stored =
                Tx.call(() -> notifications.findForUpdate(ticket)).orElseThrow();
        assertThat(stored.status()).isEqualTo(NotificationStatus.PENDING);
        assertThat(stored.dueAt()).isEqualTo(opened.plus(Duration.ofMinutes(10)));
    }

    @Test
    void of_two_workers_claiming_at_once_only_one_gets_the_notification() throws Exception {
        Instant opened = somewhenLongAgo();
        TicketId ticket = scheduled(opened, Duration.ZERO);
        Instant now = opened.plusSeconds(1);
        CountDownLatch firstHasTheRow = new CountDownLatch(1);

        Future<Boolean> first = Tx.elsewhere(() -> {
            TicketNotification notification =
                    notifications.findForUpdate(ticket).orElseThrow();
            firstHasTheRow.countDown();
            // Let the second worker read the row meanwhile, if the lock let it.
            Thread.sleep(400);
            return claim(notification, now);
        });
        assertThat(firstHasTheRow.await(Tx.PATIENCE_SECONDS, TimeUnit.SECONDS)).isTrue();
        Future<Boolean> second =
                Tx.elsewhere(() -> claim(notifications.findForUpdate(ticket).orElseThrow(), now));

        assertThat(List.of(Tx.await(first), Tx.await(second))).containsExactly(true, false);
        TicketNotification stored =
                Tx.call(() -> notifications.findForUpdate(ticket)).orElseThrow();
        assertThat(stored.attempts()).isEqualTo(1);
        assertThat(stored.nextAttemptAt()).isEqualTo(now.plus(LEASE));
        assertThat(due(now.plusSeconds(1))).as("claimed, so not due").doesNotContain(ticket);
    }

    @Test
    void a_claim_that_runs_out_is_claimed_again() {
        Instant opened = somewhenLongAgo();
        TicketId ticket = scheduled(opened, Duration.ZERO);
        Instant claimed = opened.plusSeconds(1);
        assertThat(Tx.call(() -> claim(notifications.findForUpdate(ticket).orElseThrow(), claimed)))
                .isTrue();

        Instant duringTheLease = claimed.plus(LEASE).minusSeconds(1);
        assertThat(due(duringTheLease)).doesNotContain(ticket);
        assertThat(Tx.call(() -> claim(notifications.findForUpdate(ticket).orElseThrow(), duringTheLease)))
                .isFalse();

        Instant afterTheLease = claimed.plus(LEASE);
        assertThat(due(afterTheLease)).contains(ticket);
        assertThat(Tx.call(() -> claim(notifications.findForUpdate(ticket).orElseThrow(), afterTheLease)))
                .isTrue();
        assertThat(Tx.call(() -> notifications.findForUpdate(ticket))
                        .orElseThrow()
                        .attempts())
                .isEqualTo(2);
    }

    @Test
    void a_sent_notification_is_never_due_again() {
        Instant opened = somewhenLongAgo();
        TicketId ticket = scheduled(opened, Duration.ZERO);
        Instant now = opened.plusSeconds(1);
        Tx.run(() -> {
            TicketNotification notification =
                    notifications.findForUpdate(ticket).orElseThrow();
            notification.claim(now, LEASE);
            notification.sent(now);
            saved.update(notification);
        });

        assertThat(due(now.plus(Duration.ofDays(365)))).doesNotContain(ticket);
        TicketNotification stored =
                Tx.call(() -> notifications.findForUpdate(ticket)).orElseThrow();
        assertThat(stored.status()).isEqualTo(NotificationStatus.SENT);
        assertThat(stored.sentAt()).contains(now);
    }

    private boolean claim(TicketNotification notification, Instant now) {
        boolean claimed = notification.claim(now, LEASE);
        if (claimed) {
            saved.update(notification);
        }
        return claimed;
    }

    private TicketId scheduled(Instant opened, Duration delay) {
        TicketId ticket = fixtures.ticketSaying("Hello", opened).id();
        Tx.run(() -> saved.create(TicketNotification.schedule(ticket, opened, delay)));
        return ticket;
    }

    private List<TicketId> due(Instant now) {
        return Tx.call(() -> notifications.due(now, ALL)).stream()
                .map(TicketNotification::ticket)
                .toList();
    }

    /** A time in the 1990s, to the millisecond. */
    private static Instant somewhenLongAgo() {
        long start = Instant.parse("1990-01-01T00:00:00Z").toEpochMilli();
        long span = Duration.ofDays(3650).toMillis();
        return Instant.ofEpochMilli(start + ThreadLocalRandom.current().nextLong(span))
                .truncatedTo(ChronoUnit.MILLIS);
    }
}
