package dev.parley.application.notification;

import dev.parley.application.conversation.port.out.LoadMessagesPort;
import dev.parley.application.macro.port.out.LoadVisitorNamePort;
import dev.parley.application.notification.port.in.NotificationPolicy;
import dev.parley.application.notification.port.out.LoadTicketNotificationPort;
import dev.parley.application.notification.port.out.SaveTicketNotificationPort;
import dev.parley.application.settings.port.in.NewTicketEmails;
import dev.parley.application.settings.port.in.NewTicketEmailsQuery;
import dev.parley.application.team.port.in.AgentLocalesQuery;
import dev.parley.application.ticket.port.out.LoadTicketPort;
import dev.parley.application.ticket.port.out.NotifyTeamOfNewTicketPort;
import dev.parley.application.ticket.port.out.ReadMarksPort;
import dev.parley.domain.conversation.AuthorKind;
import dev.parley.domain.conversation.Message;
import dev.parley.domain.conversation.MessageText;
import dev.parley.domain.notification.NotificationEmail;
import dev.parley.domain.notification.NotificationStatus;
import dev.parley.domain.notification.TicketNotification;
import dev.parley.domain.shared.DomainException;
import dev.parley.domain.ticket.Ticket;
import dev.parley.domain.ticket.TicketId;
import dev.parley.domain.ticket.TicketStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The outbox of the team's emails about new tickets. It schedules one when a ticket opens (inside the chat's own
 * transaction, while notifications are on), and gives the worker, one short transaction at a time, what is due, a
 * claimed email, and a place to record how sending went. A notification whose ticket an agent has read, or which
 * closed, or which comes due while notifications are off, is dropped instead of sent.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = DomainException.class)
public class NotificationOutbox implements NotifyTeamOfNewTicketPort {

    private static final Logger LOG = Logger.getLogger(NotificationOutbox.class.getName());
    /** The first messages read to find the visitor's first one, after the welcome and any system notes. */
    private static final int OPENING_MESSAGES = 10;

    private LoadTicketNotificationPort notifications;
    private SaveTicketNotificationPort savedNotifications;
    private NewTicketEmailsQuery settings;
    private LoadTicketPort tickets;
    private ReadMarksPort readMarks;
    private LoadMessagesPort messages;
    private LoadVisitorNamePort visitorNames;
    private AgentLocalesQuery locales;
    private NotificationPolicy policy;
    private Clock clock;

    @Inject
    public NotificationOutbox(
            LoadTicketNotificationPort notifications,
            SaveTicketNotificationPort savedNotifications,
            NewTicketEmailsQuery settings,
            LoadTicketPort tickets,
            ReadMarksPort readMarks,
            LoadMessagesPort messages,
            LoadVisitorNamePort visitorNames,
            AgentLocalesQuery locales,
            NotificationPolicy policy,
            Clock clock) {
        this.notifications = notifications;
        this.savedNotifications = savedNotifications;
        this.settings = settings;
        this.tickets = tickets;
        this.readMarks = readMarks;
        this.messages = messages;
        this.visitorNames = visitorNames;
        this.locales = locales;
        this.policy = policy;
        this.clock = clock;
    }

    /** For CDI proxies only. */
    protected NotificationOutbox() {}

    @Override
    public void ticketOpened(TicketId ticket, Instant openedAt) {
        NewTicketEmails wanted = settings.newTicketEmails();
        if (wanted.enabled()) {
            savedNotifications.create(TicketNotification.schedule(ticket, openedAt, wanted.delay()));
        }
    }

    /** The tickets whose notification is due now, earliest first, a batch at most. */
    public List<TicketId> due() {
        return notifications.due(clock.instant(), policy.batchSize()).stream()
                .map(TicketNotification::ticket)
                .toList();
    }

    /**
     * What the worker sends now, so that the team gets at most one email per {@link
     * NotificationPolicy#coalesceWindow()}: while the last email is more recent than that, what comes due is held back
     * until the window ends; the first of a burst after a quiet time goes alone at once, and the rest of the burst is
     * held back for the window it opens; held-back notifications that are due again go together, in one summary.
     */
    public Round nextRound() {
        Instant now = clock.instant();
        Duration window = policy.coalesceWindow();
        if (window.isZero()) {
            return new Round(due(), false);
        }
        List<TicketNotification> due = notifications.due(now, NotificationPolicy.MAX_SUMMARY);
        if (due.isEmpty()) {
            return new Round(List.of(), false);
        }
        Optional<Instant> windowEnds =
                notifications.lastSentAt().map(sent -> sent.plus(window)).filter(end -> end.isAfter(now));
        if (windowEnds.isPresent()) {
            holdBack(due, windowEnds.get());
            return new Round(List.of(), false);
        }
        if (due.stream().allMatch(TicketNotification::isFresh)) {
            holdBack(due.subList(1, due.size()), now.plus(window));
            return new Round(List.of(due.get(0).ticket()), false);
        }
        return new Round(due.stream().map(TicketNotification::ticket).toList(), true);
    }

    /**
     * The notifications the worker sends this round.
     *
     * @param tickets whose notifications to send, earliest first
     * @param together whether they go in one summary rather than an email each
     */
    public record Round(List<TicketId> tickets, boolean together) {

        public Round {
            tickets = List.copyOf(tickets);
        }
    }

    /**
     * Takes the ticket's notification for an attempt as part of a summary, if it is still due and still needed; drops
     * it when it is no longer needed.
     *
     * @return whether it was taken
     */
    public boolean claimForSummary(TicketId id) {
        return take(id).isPresent();
    }

    /** The email about one claimed ticket, as {@link #claim} gives it. */
    public Optional<NotificationEmail> emailAbout(TicketId id) {
        return tickets.findById(id)
                .map(ticket -> email(ticket, settings.newTicketEmails().recipients()));
    }

    /** The summary of {@code count} new conversations, to every recipient in their language. */
    public NotificationEmail summary(int count) {
        return NotificationEmail.summary(recipients(settings.newTicketEmails().recipients()), count, policy.inboxUrl());
    }

    private void holdBack(List<TicketNotification> due, Instant until) {
        for (TicketNotification row : due) {
            notifications.findForUpdate(row.ticket()).ifPresent(notification -> {
                notification.postpone(until);
                savedNotifications.update(notification);
            });
        }
        if (!due.isEmpty()) {
            LOG.info(() -> "event=ticket_notifications_held_back count=" + due.size() + " until=" + until);
        }
    }

    /**
     * Takes the ticket's notification for one attempt, if it is still due and still needed, and gives the email to
     * send; drops it when it is no longer needed.
     *
     * @return empty when there is nothing to send: another worker took it, it is final, or it was just dropped
     */
    public Optional<NotificationEmail> claim(TicketId id) {
        return take(id).map(ticket -> email(ticket, settings.newTicketEmails().recipients()));
    }

    /** Claims the ticket's notification if it is due and needed, dropping it if it is not needed. */
    private Optional<Ticket> take(TicketId id) {
        Optional<TicketNotification> found = notifications.findForUpdate(id);
        Instant now = clock.instant();
        if (found.isEmpty() || !found.get().isDueAt(now)) {
            return Optional.empty();
        }
        TicketNotification notification = found.get();
        NewTicketEmails wanted = settings.newTicketEmails();
        Optional<Ticket> ticket = tickets.findById(id);
        Optional<String> unneeded = !wanted.enabled()
                ? Optional.of("notifications_off")
                : ticket.isEmpty() || ticket.get().status() == TicketStatus.CLOSED
                        ? Optional.of("ticket_closed")
                        : readByAnAgent(id) ? Optional.of("ticket_read") : Optional.empty();
        if (unneeded.isPresent()) {
            notification.drop();
            savedNotifications.update(notification);
            LOG.info(() -> "event=ticket_notification_dropped ticket=" + id + " reason=" + unneeded.get());
            return Optional.empty();
        }
        notification.claim(now, policy.claimLease());
        savedNotifications.update(notification);
        return ticket;
    }

    /** The claimed notification's email went out. */
    public void sent(TicketId id) {
        notifications
                .findForUpdate(id)
                .filter(found -> found.status() == NotificationStatus.PENDING)
                .ifPresent(notification -> {
                    notification.sent(clock.instant());
                    savedNotifications.update(notification);
                    LOG.info(() ->
                            "event=ticket_notification_sent ticket=" + id + " attempts=" + notification.attempts());
                });
    }

    /**
     * The claimed notification's email did not go out: it is tried again later, or given up after its last attempt.
     *
     * @param reason why, without secrets
     */
    public void failed(TicketId id, String reason) {
        notifications
                .findForUpdate(id)
                .filter(found -> found.status() == NotificationStatus.PENDING)
                .ifPresent(notification -> {
                    notification.failed(reason, clock.instant(), policy.retries());
                    savedNotifications.update(notification);
                    String cause = notification.lastError().orElse("").replace('"', '\'');
                    if (notification.status() == NotificationStatus.FAILED) {
                        LOG.warning(() -> "event=ticket_notification_given_up ticket=" + id + " attempts="
                                + notification.attempts() + " reason=\"" + cause + "\"");
                    } else {
                        LOG.warning(() -> "event=ticket_notification_failed ticket=" + id + " attempts="
                                + notification.attempts() + " retry_at=" + notification.nextAttemptAt()
                                + " reason=\"" + cause + "\"");
                    }
                });
    }

    /** Each address with the language of its agent's account, or English when no agent has it. */
    private List<NotificationEmail.Recipient> recipients(List<String> addresses) {
        Map<String, Locale> languages = locales.localesOf(addresses);
        return addresses.stream()
                .map(address ->
                        new NotificationEmail.Recipient(address, languages.getOrDefault(address, Locale.ENGLISH)))
                .toList();
    }

    /** Whether any agent has seen any of the ticket: opening it in the inbox, or replying, leaves such a mark. */
    private boolean readByAnAgent(TicketId ticket) {
        return readMarks.ofTicket(ticket).stream().anyMatch(mark -> mark.seenSeq() > 0);
    }

    /** The email's facts; each address gets it in its agent's language, or in English when no agent has it. */
    private NotificationEmail email(Ticket ticket, List<String> recipients) {
        Optional<String> firstMessage = messages.after(ticket.conversation(), 0, OPENING_MESSAGES).stream()
                .filter(message -> message.author().kind() == AuthorKind.VISITOR)
                .findFirst()
                .flatMap(Message::text)
                .map(MessageText::value);
        return new NotificationEmail(
                recipients(recipients),
                visitorNames.nameOf(ticket.requester()),
                ticket.requester().code(),
                firstMessage,
                policy.inboxUrl());
    }
}
