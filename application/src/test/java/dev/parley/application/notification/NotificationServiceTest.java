package dev.parley.application.notification;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.application.conversation.MovableClock;
import dev.parley.application.notification.port.in.NotificationPolicy;
import dev.parley.application.settings.port.in.NewTicketEmails;
import dev.parley.domain.notification.NotificationEmail;
import dev.parley.domain.notification.NotificationStatus;
import dev.parley.domain.notification.TicketNotification;
import dev.parley.domain.settings.EmailNotifications;
import dev.parley.domain.shared.AgentId;
import dev.parley.domain.shared.RetrySchedule;
import dev.parley.domain.ticket.Ticket;
import dev.parley.domain.ticket.TicketId;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NotificationServiceTest {

    private static final Instant START = Instant.parse("2026-11-25T10:00:00Z");
    private static final Duration DELAY = Duration.ofMinutes(2);
    private static final List<String> TEAM = List.of("team@shop.example", "anna@shop.example");

    private final MovableClock clock = new MovableClock(START);
    private EmailNotifications wanted = EmailNotifications.off();
    private final InMemoryTicketNotifications outboxRows = new InMemoryTicketNotifications();
    private final NewTickets tickets = new NewTickets();
    private final RecordingMailer mailer = new RecordingMailer();
    private final NotificationPolicy policy = new NotificationPolicy(
            URI.create("https://chat.shop.example"), RetrySchedule.standard(), Duration.ofMinutes(5), 20);
    private final NotificationOutbox outbox = new NotificationOutbox(
            outboxRows,
            outboxRows,
            () -> new NewTicketEmails(wanted.enabled(), wanted.recipients(), wanted.delay()),
            tickets,
            tickets,
            tickets,
            visitor -> Optional.of("Anna Nowak"),
            addresses -> addresses.contains("anna@shop.example")
                    ? Map.of("anna@shop.example", Locale.forLanguageTag("pl"))
                    : Map.of(),
            policy,
            clock);
    private final NotificationDeliveryService worker = new NotificationDeliveryService(outbox, mailer);

    @Test
    void a_new_ticket_is_scheduled_for_after_the_delay_while_notifications_are_on() {
        notificationsOn();

        Ticket ticket = open("Where is my parcel?");

        TicketNotification scheduled = outboxRows.of(ticket.id()).orElseThrow();
        assertThat(scheduled.dueAt()).isEqualTo(START.plus(DELAY));
        assertThat(scheduled.status()).isEqualTo(NotificationStatus.PENDING);
        assertThat(scheduled.attempts()).isZero();
    }

    @Test
    void nothing_is_scheduled_while_notifications_are_off() {
        open("Where is my parcel?");

        assertThat(outboxRows.all()).isEmpty();
        clock.advance(Duration.ofHours(1));
        assertThat(worker.deliverDue()).isZero();
        assertThat(mailer.sent()).isEmpty();
    }

    @Test
    void once_due_one_email_goes_to_every_recipient_and_never_again() {
        notificationsOn();
        Ticket ticket = open("Where is my parcel?");

        clock.advance(DELAY.minusSeconds(1));
        assertThat(worker.deliverDue()).isZero();
        clock.advance(Duration.ofSeconds(1));
        assertThat(worker.deliverDue()).isEqualTo(1);
        clock.advance(Duration.ofDays(1));
        assertThat(worker.deliverDue()).isZero();

        assertThat(mailer.sent()).hasSize(1);
        NotificationEmail email = mailer.sent().get(0);
        assertThat(email.recipients())
                .containsExactly(
                        new NotificationEmail.Recipient("team@shop.example", Locale.ENGLISH),
                        new NotificationEmail.Recipient("anna@shop.example", Locale.forLanguageTag("pl")));
        assertThat(email.visitorName()).contains("Anna Nowak");
        assertThat(email.visitorCode()).isEqualTo(ticket.requester().code());
        assertThat(email.firstMessage()).contains("Where is my parcel?");
        assertThat(email.inboxUrl()).hasToString("https://chat.shop.example/inbox/");
        TicketNotification sent = outboxRows.of(ticket.id()).orElseThrow();
        assertThat(sent.status()).isEqualTo(NotificationStatus.SENT);
        assertThat(sent.sentAt()).contains(START.plus(DELAY));
        assertThat(sent.attempts()).isEqualTo(1);
    }

    @Test
    void a_ticket_an_agent_read_before_the_delay_is_not_emailed() {
        notificationsOn();
        Ticket ticket = open("Hello?");

        tickets.read(ticket, AgentId.random());
        clock.advance(DELAY);

        assertThat(worker.deliverDue()).isZero();
        assertThat(mailer.sent()).isEmpty();
        assertThat(outboxRows.of(ticket.id()).orElseThrow().status()).isEqualTo(NotificationStatus.DROPPED);
    }

    @Test
    void a_ticket_that_closed_before_the_delay_is_not_emailed() {
        notificationsOn();
        Ticket ticket = open("Never mind");

        tickets.close(ticket, START.plusSeconds(10));
        clock.advance(DELAY);

        assertThat(worker.deliverDue()).isZero();
        assertThat(mailer.sent()).isEmpty();
        assertThat(outboxRows.of(ticket.id()).orElseThrow().status()).isEqualTo(NotificationStatus.DROPPED);
    }

    @Test
    void a_notification_that_comes_due_after_notifications_were_turned_off_is_dropped() {
        notificationsOn();
        Ticket ticket = open("Hello?");

        wanted = EmailNotifications.off();
        clock.advance(DELAY);

        assertThat(worker.deliverDue()).isZero();
        assertThat(outboxRows.of(ticket.id()).orElseThrow().status()).isEqualTo(NotificationStatus.DROPPED);
    }

    @Test
    void a_failed_email_is_retried_after_the_wait_and_sent_once_the_server_is_back() {
        notificationsOn();
        Ticket ticket = open("Hello?");
        clock.advance(DELAY);
        mailer.down(true);

        assertThat(worker.deliverDue()).isZero();
        TicketNotification failed = outboxRows.of(ticket.id()).orElseThrow();
        assertThat(failed.status()).isEqualTo(NotificationStatus.PENDING);
        assertThat(failed.lastError())
                .hasValueSatisfying(error -> assertThat(error).contains("MailConnectException"));
        assertThat(failed.nextAttemptAt()).isEqualTo(clock.instant().plusSeconds(30));

        mailer.down(false);
        clock.advance(Duration.ofSeconds(29));
        assertThat(worker.deliverDue()).isZero();
        clock.advance(Duration.ofSeconds(1));
        assertThat(worker.deliverDue()).isEqualTo(1);

        assertThat(mailer.sent()).hasSize(1);
        assertThat(outboxRows.of(ticket.id()).orElseThrow().attempts()).isEqualTo(2);
    }

    @Test
    void gives_up_after_six_failed_attempts() {
        notificationsOn();
        Ticket ticket = open("Hello?");
        clock.advance(DELAY);
        mailer.down(true);

        for (int round = 0; round < 20; round++) {
            worker.deliverDue();
            clock.advance(Duration.ofHours(1));
        }

        assertThat(mailer.refused()).isEqualTo(6);
        TicketNotification givenUp = outboxRows.of(ticket.id()).orElseThrow();
        assertThat(givenUp.status()).isEqualTo(NotificationStatus.FAILED);
        assertThat(givenUp.attempts()).isEqualTo(6);
        mailer.down(false);
        assertThat(worker.deliverDue()).isZero();
        assertThat(mailer.sent()).isEmpty();
    }

    @Test
    void two_workers_that_both_saw_it_due_send_it_once() {
        notificationsOn();
        Ticket ticket = open("Hello?");
        clock.advance(DELAY);

        List<TicketId> seenByFirst = outbox.due();
        List<TicketId> seenBySecond = outbox.due();
        Optional<NotificationEmail> first = outbox.claim(seenByFirst.get(0));
        Optional<NotificationEmail> second = outbox.claim(seenBySecond.get(0));

        assertThat(seenBySecond).containsExactly(ticket.id());
        assertThat(first).isPresent();
        assertThat(second).isEmpty();
        outbox.sent(ticket.id());
        assertThat(outbox.claim(ticket.id())).isEmpty();
        assertThat(outboxRows.of(ticket.id()).orElseThrow().attempts()).isEqualTo(1);
    }

    @Test
    void a_claim_whose_worker_vanished_is_due_again_when_it_runs_out() {
        notificationsOn();
        Ticket ticket = open("Hello?");
        clock.advance(DELAY);
        assertThat(outbox.claim(ticket.id())).isPresent();

        clock.advance(policy.claimLease().minusSeconds(1));
        assertThat(worker.deliverDue()).isZero();
        clock.advance(Duration.ofSeconds(1));
        assertThat(worker.deliverDue()).isEqualTo(1);

        assertThat(mailer.sent()).hasSize(1);
    }

    @Test
    void without_a_mail_server_notifications_wait_in_the_outbox_untouched() {
        notificationsOn();
        Ticket ticket = open("Hello?");
        mailer.unconfigured();
        clock.advance(Duration.ofHours(3));

        assertThat(worker.deliverDue()).isZero();

        TicketNotification waiting = outboxRows.of(ticket.id()).orElseThrow();
        assertThat(waiting.status()).isEqualTo(NotificationStatus.PENDING);
        assertThat(waiting.attempts()).isZero();
    }

    private void notificationsOn() {
        wanted = new EmailNotifications(true, TEAM, DELAY);
    }

    /** What the ticket context does when a visitor's first message opens a ticket. */
    private Ticket open(String firstMessage) {
        Ticket ticket = tickets.opened(firstMessage, clock.instant());
        outbox.ticketOpened(ticket.id(), clock.instant());
        return ticket;
    }
}
