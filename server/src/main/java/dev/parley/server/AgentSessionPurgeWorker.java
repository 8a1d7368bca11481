package dev.parley.server;

import dev.parley.application.team.port.in.PurgeAgentSessionsUseCase;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The background worker that deletes expired agent sessions and closes the WebSockets they opened: every {@code
 * PARLEY_AGENT_SESSION_PURGE_SECONDS} (default 60) on the server's managed scheduled executor. Every node runs one;
 * deleting a row twice is harmless.
 */
@ApplicationScoped
public class AgentSessionPurgeWorker implements BackgroundWorker {

    private static final Logger LOG = Logger.getLogger(AgentSessionPurgeWorker.class.getName());

    private PurgeAgentSessionsUseCase purge;
    private ManagedScheduledExecutorService scheduler;
    private int periodSeconds;
    private Rounds rounds;

    @Inject
    public AgentSessionPurgeWorker(
            PurgeAgentSessionsUseCase purge,
            ManagedScheduledExecutorService scheduler,
            @ConfigProperty(name = "parley.agent-session.purge-seconds", defaultValue = "60") int periodSeconds) {
        this.purge = purge;
        this.scheduler = scheduler;
        this.periodSeconds = Math.max(1, periodSeconds);
        this.rounds = new Rounds("agent_session_purge_failed", this::round);
    }

    /** For CDI proxies only. */
    protected AgentSessionPurgeWorker() {}

    /** Starts the rounds; called once the schema is migrated. */
    synchronized void start() {
        rounds.start(scheduler, Duration.ofSeconds(periodSeconds));
    }

    @PreDestroy
    synchronized void stop() {
        rounds.stop();
    }

    @Override
    public Rounds rounds() {
        return rounds;
    }

    /** One round: deletes the expired sessions. */
    private void round() {
        int purged = purge.purgeExpired();
        if (purged > 0) {
            LOG.info(() -> "event=agent_sessions_purged sessions=" + purged);
        }
    }
}
