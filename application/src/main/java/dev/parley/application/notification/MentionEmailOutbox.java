package dev.parley.application.notification;

import dev.parley.application.note.port.in.MentionsQuery;
import dev.parley.application.note.port.in.NoteView;
import dev.parley.application.notification.port.in.NotificationPolicy;
import dev.parley.application.notification.port.in.ScheduleMentionEmailsUseCase;
import dev.parley.application.notification.port.out.LoadMentionNotificationPort;
import dev.parley.application.notification.port.out.SaveMentionNotificationPort;
import dev.parley.application.notification.port.out.SendEmailPort;
import dev.parley.application.team.port.in.AgentLocalesQuery;
import dev.parley.application.team.port.in.ListTeamQuery;
import dev.parley.application.team.port.in.TeamMember;
import dev.parley.domain.note.NoteId;
import dev.parley.domain.notification.MentionEmail;
import dev.parley.domain.notification.MentionNotification;
import dev.parley.domain.notification.NotificationEmail;
import dev.parley.domain.notification.NotificationStatus;
import dev.parley.domain.shared.AgentId;
import dev.parley.domain.shared.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The outbox of the emails that tell agents a note mentions them. It schedules them inside the note's transaction
 * (only while a mail server is configured), and gives the worker, one short transaction at a time, what is due, a
 * claimed email, and a place to record how sending went. One whose agent saw the mention first, or left the team, is
 * dropped instead of sent.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = DomainException.class)
public class MentionEmailOutbox implements ScheduleMentionEmailsUseCase {

    private static final Logger LOG = Logger.getLogger(MentionEmailOutbox.class.getName());

    private LoadMentionNotificationPort notifications;
    private SaveMentionNotificationPort savedNotifications;
    private SendEmailPort mail;
    private MentionsQuery mentions;
    private ListTeamQuery team;
    private AgentLocalesQuery locales;
    private NotificationPolicy policy;
    private Clock clock;

    @Inject
    public MentionEmailOutbox(
            LoadMentionNotificationPort notifications,
            SaveMentionNotificationPort savedNotifications,
            SendEmailPort mail,
            MentionsQuery mentions,
            ListTeamQuery team,
            AgentLocalesQuery locales,
            NotificationPolicy policy,
            Clock clock) {
        this.notifications = notifications;
        this.savedNotifications = savedNotifications;
        this.mail = mail;
        this.mentions = mentions;
        this.team = team;
        this.locales = locales;
        this.policy = policy;
        this.clock = clock;
    }

    /** For CDI proxies only. */
    protected MentionEmailOutbox() {}

    @Override
    public void schedule(NoteId note, List<AgentId> agents, Instant at) {
        if (!mail.canSend()) {
            return;
        }
        for (AgentId agent : agents) {
            savedNotifications.create(MentionNotification.schedule(note, agent, at));
        }
    }

    /** The mention emails due now, earliest first, a batch at most. */
    public List<MentionNotification> due() {
        return notifications.dueMentions(clock.instant(), policy.batchSize());
    }

    /**
     * Takes the mention email for one attempt, if it is still due and still needed, and gives the email to send;
     * drops it when it is no longer needed.
     *
     * @return empty when there is nothing to send
     */
    public Optional<MentionEmail> claim(NoteId note, AgentId agent) {
        Optional<MentionNotification> found = notifications.findForUpdate(note, agent);
        Instant now = clock.instant();
        if (found.isEmpty() || !found.get().isDueAt(now)) {
            return Optional.empty();
        }
        MentionNotification notification = found.get();
        Optional<NoteView> written = mentions.note(note);
        Optional<TeamMember> member = team.member(agent).filter(m -> !m.deactivated());
        Optional<String> unneeded = written.isEmpty() || member.isEmpty()
                ? Optional.of("gone")
                : mentions.mentionSeen(note, agent) ? Optional.of("mention_seen") : Optional.empty();
        if (unneeded.isPresent()) {
            notification.drop();
            savedNotifications.update(notification);
            LOG.info(
                    () -> "event=mention_email_dropped note=" + note + " agent=" + agent + " reason=" + unneeded.get());
            return Optional.empty();
        }
        notification.claim(now, policy.claimLease());
        savedNotifications.update(notification);
        String address = member.get().email();
        Locale locale = locales.localesOf(List.of(address)).getOrDefault(address, Locale.ENGLISH);
        return Optional.of(new MentionEmail(
                new NotificationEmail.Recipient(address, locale),
                written.get().authorName(),
                written.get().text(),
                policy.inboxUrl()));
    }

    /** The claimed email went out. */
    public void sent(NoteId note, AgentId agent) {
        notifications
                .findForUpdate(note, agent)
                .filter(found -> found.status() == NotificationStatus.PENDING)
                .ifPresent(notification -> {
                    notification.sent(clock.instant());
                    savedNotifications.update(notification);
                    LOG.info(() -> "event=mention_email_sent note=" + note + " agent=" + agent);
                });
    }

    /**
     * The claimed email did not go out: it is tried again later, or given up after its last attempt.
     *
     * @param reason why, without secrets
     */
    public void failed(NoteId note, AgentId agent, String reason) {
        notifications
                .findForUpdate(note, agent)
                .filter(found -> found.status() == NotificationStatus.PENDING)
                .ifPresent(notification -> {
                    notification.failed(reason, clock.instant(), policy.retries());
                    savedNotifications.update(notification);
                    String cause = notification.lastError().orElse("").replace('"', '\'');
                    LOG.warning(() -> "event=mention_email_failed note=" + note + " agent=" + agent + " attempts="
                            + notification.attempts() + " final="
                            + (notification.status() == NotificationStatus.FAILED) + " reason=\"" + cause + "\"");
                });
    }
}
