package dev.parley.application.notification;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.application.conversation.MovableClock;
import dev.parley.application.notification.port.in.NotificationPolicy;
import dev.parley.application.settings.port.in.NewTicketEmails;
import dev.parley.domain.notification.NotificationEmail;
import dev.parley.domain.notification.NotificationStatus;
import dev.parley.domain.settings.EmailNotifications;
import dev.parley.domain.shared.AgentId;
import dev.parley.domain.shared.RetrySchedule;
import dev.parley.domain.ticket.Ticket;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A burst of new tickets sends the team one email at once and one summary when the email window ends. */
class EmailCoalescingTest {

    private static final Instant START = Instant.parse("2026-11-25T10:00:00Z");
    private static final Duration DELAY = Duration.ofMinutes(2);
    private static final Duration WINDOW = Duration.ofMinutes(10);
    private static final List<String> TEAM = List.of("team@shop.example", "anna@shop.example");

    private final MovableClock clock = new MovableClock(START);
    private final EmailNotifications wanted = new EmailNotifications(true, TEAM, DELAY);
    private final InMemoryTicketNotifications outboxRows = new InMemoryTicketNotifications();
    private final NewTickets tickets = new NewTickets();
    private final RecordingMailer mailer = new RecordingMailer();
    private final NotificationPolicy policy = new NotificationPolicy(
            URI.create("https://chat.shop.example"),
            RetrySchedule.every(Duration.ofSeconds(30)),
            Duration.ofMinutes(5),
            20,
            WINDOW);
    private final NotificationOutbox outbox = new NotificationOutbox(
            outboxRows,
            outboxRows,
            () -> new NewTicketEmails(wanted.enabled(), wanted.recipients(), wanted.delay()),
            tickets,
            tickets,
            tickets,
            visitor -> Optional.of("Anna Nowak"),
            addresses -> Map.of("anna@shop.example", Locale.forLanguageTag("pl")),
            policy,
            clock);
    private final NotificationDeliveryService worker = new NotificationDeliveryService(outbox, mailer);

    @Test
    void a_burst_sends_the_first_at_once_and_the_rest_in_one_summary_when_the_window_ends() {
        for (int i = 0; i < 31; i++) {
            open("Ticket " + i);
        }

        clock.advance(DELAY);
        assertThat(worker.deliverDue()).isEqualTo(1);
        assertThat(mailer.sent()).singleElement().satisfies(first -> {
            assertThat(first.isSummary()).isFalse();
            assertThat(first.firstMessage()).contains("Ticket 0");
        });

        clock.advance(WINDOW.minusSeconds(1));
        assertThat(worker.deliverDue()).as("the window is still open").isZero();
        assertThat(mailer.sent()).hasSize(1);

        clock.advance(Duration.ofSeconds(1));
        assertThat(worker.deliverDue()).isEqualTo(1);
        assertThat(mailer.sent()).hasSize(2);
        NotificationEmail summary = mailer.sent().get(1);
        assertThat(summary.isSummary()).isTrue();
        assertThat(summary.conversations()).isEqualTo(30);
        assertThat(summary.recipients())
                .containsExactly(
                        new NotificationEmail.Recipient("team@shop.example", Locale.ENGLISH),
                        new NotificationEmail.Recipient("anna@shop.example", Locale.forLanguageTag("pl")));
        assertThat(summary.inboxUrl()).hasToString("https://chat.shop.example/inbox/");
        assertThat(outboxRows.all()).allSatisfy(row -> assertThat(row.status()).isEqualTo(NotificationStatus.SENT));

        clock.advance(Duration.ofDays(1));
        assertThat(worker.deliverDue()).isZero();
        assertThat(mailer.sent()).hasSize(2);
    }

    @Test
    void tickets_that_come_due_during_the_window_wait_for_its_end_and_read_ones_are_left_out() {
        open("First");
        clock.advance(DELAY);
        worker.deliverDue();
        clock.advance(Duration.ofMinutes(1));
        Ticket read = open("Second");
        open("Third");
        clock.advance(DELAY);
        assertThat(worker.deliverDue()).isZero();

        tickets.read(read, AgentId.random());
        clock.advance(WINDOW);
        assertThat(worker.deliverDue()).isEqualTo(1);

        assertThat(mailer.sent()).hasSize(2);
        NotificationEmail second = mailer.sent().get(1);
        assertThat(second.isSummary()).as("only one is left to tell of").isFalse();
        assertThat(second.firstMessage()).contains("Third");
        assertThat(outboxRows.of(read.id()).orElseThrow().status()).isEqualTo(NotificationStatus.DROPPED);
    }

    @Test
    void after_a_quiet_window_the_next_ticket_is_emailed_at_once_again() {
        open("First");
        clock.advance(DELAY);
        worker.deliverDue();

        clock.advance(WINDOW.plusMinutes(5));
        open("Later");
        clock.advance(DELAY);

        assertThat(worker.deliverDue()).isEqualTo(1);
        assertThat(mailer.sent()).hasSize(2);
        assertThat(mailer.sent().get(1).firstMessage()).contains("Later");
    }

    @Test
    void a_summary_that_fails_is_retried_whole_and_nothing_is_lost() {
        for (int i = 0; i < 4; i++) {
            open("Ticket " + i);
        }
        clock.advance(DELAY);
        worker.deliverDue();
        mailer.down(true);
        clock.advance(WINDOW);

        assertThat(worker.deliverDue()).isZero();
        assertThat(outboxRows.all())
                .filteredOn(row -> row.status() == NotificationStatus.PENDING)
                .hasSize(3);

        mailer.down(false);
        clock.advance(Duration.ofSeconds(30));
        assertThat(worker.deliverDue()).isEqualTo(1);
        assertThat(mailer.sent()).hasSize(2);
        assertThat(mailer.sent().get(1).conversations()).isEqualTo(3);
        assertThat(outboxRows.all()).allSatisfy(row -> assertThat(row.status()).isEqualTo(NotificationStatus.SENT));
    }

    private Ticket open(String firstMessage) {
        Ticket ticket = tickets.opened(firstMessage, clock.instant());
        outbox.ticketOpened(ticket.id(), clock.instant());
        return ticket;
    }
}
