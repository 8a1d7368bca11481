package dev.parley.application.notification;

import dev.parley.application.notification.port.in.AlertAdminsUseCase;
import dev.parley.application.notification.port.in.NotificationPolicy;
import dev.parley.application.notification.port.out.AdminAlertsPort;
import dev.parley.application.notification.port.out.SendEmailPort;
import dev.parley.application.team.port.in.AgentLocalesQuery;
import dev.parley.application.team.port.in.ListTeamQuery;
import dev.parley.application.team.port.in.TeamMember;
import dev.parley.domain.notification.AdminAlert;
import dev.parley.domain.notification.AdminAlertEmail;
import dev.parley.domain.notification.AdminAlertKind;
import dev.parley.domain.notification.NotificationEmail;
import dev.parley.domain.notification.NotificationStatus;
import dev.parley.domain.shared.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * The outbox of the admins' alerts: one email per active admin, claimed, sent, retried; the same alert at most once
 * an hour.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = DomainException.class)
public class AdminAlertOutbox implements AlertAdminsUseCase {

    private static final Logger LOG = Logger.getLogger(AdminAlertOutbox.class.getName());

    /** How long after an alert the same alert (its kind, about the same thing) is not emailed again. */
    static final Duration QUIET = Duration.ofHours(1);

    private AdminAlertsPort alerts;
    private SendEmailPort mail;
    private ListTeamQuery team;
    private AgentLocalesQuery locales;
    private NotificationPolicy policy;
    private Clock clock;

    @Inject
    public AdminAlertOutbox(
            AdminAlertsPort alerts,
            SendEmailPort mail,
            ListTeamQuery team,
            AgentLocalesQuery locales,
            NotificationPolicy policy,
            Clock clock) {
        this.alerts = alerts;
        this.mail = mail;
        this.team = team;
        this.locales = locales;
        this.policy = policy;
        this.clock = clock;
    }

    /** For CDI proxies only. */
    protected AdminAlertOutbox() {}

    @Override
    public void alert(AdminAlertKind kind, String about, String detail) {
        LOG.warning(() -> "event=admin_alert kind=" + kind.name().toLowerCase(Locale.ROOT) + " about=\"" + about
                + "\" detail=\"" + detail + "\"");
        if (!mail.canSend()) {
            return;
        }
        Instant now = clock.instant();
        // Checked under the lock alerts are added under: two nodes failing handoffs at once email the admins once.
        if (alerts.raisedSinceForAdding(kind, about, now.minus(QUIET))) {
            // An outage that makes many handoffs fall back emails the admins once an hour, not once a handoff.
            return;
        }
        for (TeamMember admin : admins()) {
            alerts.create(AdminAlert.raise(admin.id(), kind, about, detail, now));
        }
    }

    private List<TeamMember> admins() {
        return team.listTeam(false).stream().filter(TeamMember::activeAdmin).toList();
    }

    /** The alerts due now, oldest first, a batch at most. */
    public List<AdminAlert> due() {
        return alerts.due(clock.instant(), policy.batchSize());
    }

    /**
     * Takes the alert for one attempt and gives the email to send; drops it when its admin is no longer one.
     *
     * @return empty when there is nothing to send
     */
    public Optional<AdminAlertEmail> claim(UUID id) {
        Instant now = clock.instant();
        Optional<AdminAlert> found = alerts.findForUpdate(id).filter(alert -> alert.isDueAt(now));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        AdminAlert alert = found.get();
        Optional<TeamMember> admin = team.member(alert.admin()).filter(TeamMember::activeAdmin);
        if (admin.isEmpty()) {
            alert.drop();
            alerts.update(alert);
            return Optional.empty();
        }
        alert.claim(now, policy.claimLease());
        alerts.update(alert);
        String address = admin.get().email();
        Locale locale = locales.localesOf(List.of(address)).getOrDefault(address, Locale.ENGLISH);
        return Optional.of(new AdminAlertEmail(
                new NotificationEmail.Recipient(address, locale),
                alert.kind(),
                alert.about(),
                alert.detail(),
                settingsUrl(alert.kind())));
    }

    private URI settingsUrl(AdminAlertKind kind) {
        return policy.inboxUrl()
                .resolve(kind == AdminAlertKind.WEBHOOK_DISABLED ? "#/settings/webhooks" : "#/settings/handoff");
    }

    /** The claimed alert went out; an alert sent, dropped or given up meanwhile stays as it is. */
    public void sent(UUID id) {
        pending(id).ifPresent(alert -> {
            alert.sent(clock.instant());
            alerts.update(alert);
        });
    }

    /** The claimed alert did not go out; an alert sent, dropped or given up meanwhile stays as it is. */
    public void failed(UUID id, String reason) {
        pending(id).ifPresent(alert -> {
            alert.failed(reason, clock.instant(), policy.retries());
            alerts.update(alert);
        });
    }

    /** The alert, locked, while it still waits to be sent: a late outcome never moves a finished one. */
    private Optional<AdminAlert> pending(UUID id) {
        return alerts.findForUpdate(id).filter(alert -> alert.status() == NotificationStatus.PENDING);
    }
}
