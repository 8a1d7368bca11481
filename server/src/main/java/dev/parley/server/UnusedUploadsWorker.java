package dev.parley.server;

import dev.parley.application.conversation.port.in.DeleteUnusedUploadsUseCase;
import dev.parley.application.conversation.port.in.UnusedUploadPolicy;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.time.Duration;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The background worker that deletes images no message showed within {@code PARLEY_UPLOAD_UNUSED_TTL}: every
 * {@code PARLEY_UPLOAD_CLEANUP_PERIOD} (default 5m) on the server's managed scheduled executor. Every node may run one:
 * two deleting the same upload at once delete it once.
 */
@ApplicationScoped
public class UnusedUploadsWorker implements BackgroundWorker {

    private static final Logger LOG = Logger.getLogger(UnusedUploadsWorker.class.getName());

    /** The most batches one round deletes, so that a round ends even while uploads pour in. */
    private static final int MAX_BATCHES_PER_ROUND = 20;

    private DeleteUnusedUploadsUseCase cleanup;
    private UnusedUploadPolicy policy;
    private ManagedScheduledExecutorService scheduler;
    private Duration period;
    private Rounds rounds;

    @Inject
    public UnusedUploadsWorker(
            DeleteUnusedUploadsUseCase cleanup,
            UnusedUploadPolicy policy,
            ManagedScheduledExecutorService scheduler,
            @ConfigProperty(name = "parley.upload.cleanup-period", defaultValue = "5m") String period) {
        this.cleanup = cleanup;
        this.policy = policy;
        this.scheduler = scheduler;
        this.period = UploadConfiguration.duration("parley.upload.cleanup-period", period);
        this.rounds = new Rounds("unused_uploads_round_failed", this::round);
    }

    /** For CDI proxies only. */
    protected UnusedUploadsWorker() {}

    /** Starts the rounds once Parley has started (after {@link Startup}, which migrates the schema). */
    void onStart(
            @Observes @Priority(Interceptor.Priority.APPLICATION + 1000) @Initialized(ApplicationScoped.class)
                    Object context) {
        start();
    }

    synchronized void start() {
        if (rounds.start(scheduler, period)) {
            LOG.info(() -> "event=unused_uploads_worker_started period=" + period + " unused_ttl=" + policy.keepFor());
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

    /** One round: deletes unused uploads batch by batch, at most {@value #MAX_BATCHES_PER_ROUND} batches. */
    private void round() {
        int deleted = 0;
        for (int batch = 0; batch < MAX_BATCHES_PER_ROUND && !rounds.stopping(); batch++) {
            int now = cleanup.deleteUnused();
            deleted += now;
            if (now < policy.batchSize()) {
                break;
            }
        }
        if (deleted > 0) {
            int count = deleted;
            LOG.info(() -> "event=unused_uploads_deleted count=" + count + " unused_ttl=" + policy.keepFor());
        }
    }
}
