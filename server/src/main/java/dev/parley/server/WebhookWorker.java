package dev.parley.server;

import dev.parley.application.webhook.port.in.DeliverWebhooksUseCase;
import dev.parley.application.webhook.port.in.ResealSecretsUseCase;
import dev.parley.application.webhook.port.in.WebhookPolicy;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The background worker that delivers outgoing webhooks: every {@code PARLEY_WEBHOOKS_POLL} (default 1s) on the
 * server's managed scheduled executor, never on a chat's thread, and once an hour it forgets the finished deliveries
 * older than the delivery log keeps. Before its first round it seals anew the secrets sealed under the previous key.
 * Every node may run one: the outbox's claims keep two from sending one delivery.
 */
@ApplicationScoped
public class WebhookWorker implements BackgroundWorker {

    private static final Logger LOG = Logger.getLogger(WebhookWorker.class.getName());
    private static final Duration PURGE_EVERY = Duration.ofHours(1);

    private DeliverWebhooksUseCase delivery;
    private ResealSecretsUseCase resealing;
    private WebhookPolicy policy;
    private Clock clock;
    private ManagedScheduledExecutorService scheduler;
    private Duration poll;
    private Rounds rounds;
    private Instant lastPurge = Instant.MIN;

    @Inject
    public WebhookWorker(
            DeliverWebhooksUseCase delivery,
            ResealSecretsUseCase resealing,
            WebhookPolicy policy,
            Clock clock,
            ManagedScheduledExecutorService scheduler,
            @ConfigProperty(name = "parley.webhooks.poll", defaultValue = "1s") String poll) {
        this.delivery = delivery;
        this.resealing = resealing;
        this.policy = policy;
        this.clock = clock;
        this.scheduler = scheduler;
        this.poll = UploadConfiguration.duration("parley.webhooks.poll", poll);
        this.rounds = new Rounds("webhook_round_failed", this::round);
    }

    /** For CDI proxies only. */
    protected WebhookWorker() {}

    /** Starts the rounds once Parley has started (after {@link Startup}, which migrates the schema). */
    void onStart(
            @Observes @Priority(Interceptor.Priority.APPLICATION + 1000) @Initialized(ApplicationScoped.class)
                    Object context) {
        start();
    }

    synchronized void start() {
        try {
            resealing.resealAll();
        } catch (RuntimeException unopened) {
            // A secret no configured key opens: its deliveries wait, and each attempt logs why.
            LOG.severe(() -> "event=secrets_reseal_failed reason=\"" + unopened.getMessage() + "\"");
        }
        if (rounds.start(scheduler, poll)) {
            LOG.info(() -> "event=webhook_worker_started poll=" + poll);
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

    private void round() {
        // Rounds that find a full batch go on at once, so that a backlog drains faster than one batch per poll.
        int attempted;
        int batches = 0;
        do {
            attempted = delivery.deliverDue();
            batches++;
        } while (attempted >= policy.batchSize() && batches < 20 && !rounds.stopping());
        Instant now = clock.instant();
        if (lastPurge.plus(PURGE_EVERY).isBefore(now)) {
            lastPurge = now;
            int purged = delivery.purgeOld();
            if (purged > 0) {
                LOG.info(() -> "event=webhook_log_purged deliveries=" + purged);
            }
        }
    }
}
