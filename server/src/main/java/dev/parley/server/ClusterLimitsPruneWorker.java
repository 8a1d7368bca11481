package dev.parley.server;

import dev.parley.adapters.ratelimit.PostgreSqlRateLimitAdapter;
import dev.parley.adapters.ratelimit.PostgreSqlSignInLockoutAdapter;
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
 * The background worker that deletes, in a cluster ({@code PARLEY_CLUSTER=true}), the rate limit counters no check
 * reads any more and the sign-in lock-outs whose time to be forgotten has come: every minute on the server's managed
 * scheduled executor. Every node runs one; two deleting the same rows delete them once. A single node counts in its
 * memory and runs none.
 */
@ApplicationScoped
public class ClusterLimitsPruneWorker implements BackgroundWorker {

    private static final Logger LOG = Logger.getLogger(ClusterLimitsPruneWorker.class.getName());

    /** How often a round runs. */
    static final Duration PERIOD = Duration.ofMinutes(1);

    private PostgreSqlRateLimitAdapter counters;
    private PostgreSqlSignInLockoutAdapter lockouts;
    private ManagedScheduledExecutorService scheduler;
    private boolean cluster;
    private Rounds rounds;

    @Inject
    public ClusterLimitsPruneWorker(
            PostgreSqlRateLimitAdapter counters,
            PostgreSqlSignInLockoutAdapter lockouts,
            ManagedScheduledExecutorService scheduler,
            @ConfigProperty(name = ClusterLimitsConfiguration.CLUSTER, defaultValue = "false") boolean cluster) {
        this.counters = counters;
        this.lockouts = lockouts;
        this.scheduler = scheduler;
        this.cluster = cluster;
        this.rounds = new Rounds("cluster_limits_prune_failed", this::round);
    }

    /** For CDI proxies only. */
    protected ClusterLimitsPruneWorker() {}

    /** Starts the rounds once Parley has started (after {@link Startup}, which migrates the schema). */
    void onStart(
            @Observes @Priority(Interceptor.Priority.APPLICATION + 1000) @Initialized(ApplicationScoped.class)
                    Object context) {
        start();
    }

    /** Starts the rounds in a cluster; does nothing on a single node. */
    synchronized void start() {
        if (cluster && rounds.start(scheduler, PERIOD)) {
            LOG.info(() -> "event=cluster_limits_prune_started period=" + PERIOD);
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

    /** One round: deletes the expired counters, then the forgotten lock-outs. */
    void round() {
        int expired = counters.deleteExpired();
        int forgotten = lockouts.deleteForgotten();
        if (expired > 0 || forgotten > 0) {
            LOG.info(() -> "event=cluster_limits_pruned counters=" + expired + " lockouts=" + forgotten);
        }
    }
}
