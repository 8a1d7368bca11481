package dev.parley.server;

import dev.parley.application.notification.port.in.DeliverAdminAlertsUseCase;
import dev.parley.application.notification.port.in.DeliverMentionEmailsUseCase;
import dev.parley.application.notification.port.in.DeliverNotificationsUseCase;
import dev.parley.application.notification.port.in.DeliverVisitorReplyEmailsUseCase;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The background worker that sends the team's due emails about new tickets, those that tell agents a note mentions
 * them, and those that carry agents' replies to visitors who left: every {@code PARLEY_EMAIL_POLL_SECONDS}
 * (default 5) on the server's managed scheduled executor, never on a chat's thread. Every node runs one; the outbox's
 * claims keep them from sending an email twice.
 */
@ApplicationScoped
public class NotificationWorker implements BackgroundWorker {

    private static final Logger LOG = Logger.getLogger(NotificationWorker.class.getName());

    private ManagedScheduledExecutorService scheduler;
    private int pollSeconds;
    private Rounds rounds;

    @Inject
    public NotificationWorker(
            DeliverNotificationsUseCase delivery,
            DeliverMentionEmailsUseCase mentions,
            DeliverVisitorReplyEmailsUseCase visitorReplies,
            DeliverAdminAlertsUseCase adminAlerts,
            ManagedScheduledExecutorService scheduler,
            @ConfigProperty(name = "parley.email.poll-seconds", defaultValue = "5") int pollSeconds) {
        this.scheduler = scheduler;
        this.pollSeconds = Math.max(1, pollSeconds);
        List<Runnable> deliveries = List.of(
                delivery::deliverDue, mentions::deliverDue, visitorReplies::deliverDue, adminAlerts::deliverDue);
        this.rounds = new Rounds("notification_round_failed", () -> {
            for (Runnable deliver : deliveries) {
                if (rounds.stopping()) {
                    return;
                }
                deliver.run();
            }
        });
    }

    /** For CDI proxies only. */
    protected NotificationWorker() {}

    /** Starts the rounds; called once the schema is migrated. */
    synchronized void start() {
        if (rounds.start(scheduler, Duration.ofSeconds(pollSeconds))) {
            LOG.info(() -> "event=notification_worker_started poll_seconds=" + pollSeconds);
        }
    }

    @PreDestroy
    synchronized void stop() {
        rounds.stop();
    }

    @Override
    public Rounds rounds() {
        return rounds;
    }
}
