package dev.parley.server;

import dev.parley.application.notification.port.in.DeliverNotificationsUseCase;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The background worker that sends the team's due emails about new tickets: every {@code PARLEY_EMAIL_POLL_SECONDS}
 * (default 5) on the server's managed scheduled executor, never on a chat's thread. Every node runs one; the outbox's
 * claims keep them from sending an email twice.
 */
@ApplicationScoped
public class NotificationWorker {

    private static final Logger LOG = Logger.getLogger(NotificationWorker.class.getName());

    private DeliverNotificationsUseCase delivery;
    private ManagedScheduledExecutorService scheduler;
    private int pollSeconds;
    private ScheduledFuture<?> rounds;

    @Inject
    public NotificationWorker(
            DeliverNotificationsUseCase delivery,
            ManagedScheduledExecutorService scheduler,
            @ConfigProperty(name = "parley.email.poll-seconds", defaultValue = "5") int pollSeconds) {
        this.delivery = delivery;
        this.scheduler = scheduler;
        this.pollSeconds = Math.max(1, pollSeconds);
    }

    /** For CDI proxies only. */
    protected NotificationWorker() {}

    /** Starts the rounds; called once the schema is migrated. */
    synchronized void start() {
        if (rounds == null) {
            rounds = scheduler.scheduleWithFixedDelay(this::round, pollSeconds, pollSeconds, TimeUnit.SECONDS);
            LOG.info(() -> "event=notification_worker_started poll_seconds=" + pollSeconds);
        }
    }

    @PreDestroy
    synchronized void stop() {
        if (rounds != null) {
            rounds.cancel(false);
            rounds = null;
        }
    }

    /** One round; a failure is logged and the next round tries again, since a thrown exception ends the schedule. */
    private void round() {
        try {
            delivery.deliverDue();
        } catch (RuntimeException failed) {
            LOG.log(
                    Level.WARNING,
                    "event=notification_round_failed error=" + failed.getClass().getSimpleName(),
                    failed);
        }
    }
}
