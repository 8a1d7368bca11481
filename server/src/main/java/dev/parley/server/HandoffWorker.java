package dev.parley.server;

import dev.parley.application.conversation.port.in.HelpdeskHandoffUseCase;
import dev.parley.application.handoff.port.in.DeliverHandoffsUseCase;
import dev.parley.application.handoff.port.in.HandoffPolicy;
import dev.parley.application.handoff.port.in.HelpdeskConnectionsUseCase;
import dev.parley.domain.handoff.HandoffId;
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
 * The background worker that hands conversations to the store's external helpdesk: every {@code PARLEY_HANDOFF_POLL}
 * (default 1s) on the server's managed scheduled executor, never on a chat's thread. Every node may run one: the
 * outbox's claims keep two from calling the helpdesk for one handoff. Before its first round it seals anew the
 * helpdesk secrets sealed under the previous key. Every 30 seconds it hands to the inbox the conversations that waited
 * longer than {@code PARLEY_HANDOFF_EMAIL_WAIT} (10 minutes) for the visitor's address.
 */
@ApplicationScoped
public class HandoffWorker implements BackgroundWorker {

    private static final Logger LOG = Logger.getLogger(HandoffWorker.class.getName());
    private static final Duration SWEEP_EVERY = Duration.ofSeconds(30);

    private DeliverHandoffsUseCase delivery;
    private HelpdeskHandoffUseCase waiting;
    private Duration emailWait;
    private Instant lastSweep = Instant.MIN;
    private Clock clock;
    private HelpdeskConnectionsUseCase connections;
    private HandoffPolicy policy;
    private ManagedScheduledExecutorService scheduler;
    private Duration poll;
    private Rounds rounds;

    @Inject
    public HandoffWorker(
            DeliverHandoffsUseCase delivery,
            HelpdeskConnectionsUseCase connections,
            HandoffPolicy policy,
            HelpdeskHandoffUseCase waiting,
            Clock clock,
            ManagedScheduledExecutorService scheduler,
            @ConfigProperty(name = "parley.handoff.poll", defaultValue = "1s") String poll,
            @ConfigProperty(name = "parley.handoff.email-wait", defaultValue = "10m") String emailWait) {
        this.waiting = waiting;
        this.clock = clock;
        this.emailWait = UploadConfiguration.duration("parley.handoff.email-wait", emailWait);
        this.delivery = delivery;
        this.connections = connections;
        this.policy = policy;
        this.scheduler = scheduler;
        this.poll = UploadConfiguration.duration("parley.handoff.poll", poll);
        this.rounds = new Rounds("handoff_round_failed", this::round);
    }

    /** For CDI proxies only. */
    protected HandoffWorker() {}

    /** Starts the rounds once Parley has started (after {@link Startup}, which migrates the schema). */
    void onStart(
            @Observes @Priority(Interceptor.Priority.APPLICATION + 1000) @Initialized(ApplicationScoped.class)
                    Object context) {
        try {
            connections.resealAll();
        } catch (RuntimeException unopened) {
            // A secret no configured key opens: its handoffs fall back to the inbox, each saying why.
            LOG.severe(() -> "event=secrets_reseal_failed scope=helpdesks reason=\"" + unopened.getMessage() + "\"");
        }
        if (rounds.start(scheduler, poll)) {
            LOG.info(() -> "event=handoff_worker_started poll=" + poll);
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
        Instant now = clock.instant();
        if (lastSweep.plus(SWEEP_EVERY).isBefore(now)) {
            lastSweep = now;
            waiting.handWaitingToInbox(emailWait);
        }
        for (HandoffId due : delivery.due(policy.batchSize())) {
            if (rounds.stopping()) {
                // The rest wait for the next start: each is claimed only when attempted.
                return;
            }
            try {
                delivery.attempt(due);
            } catch (RuntimeException failed) {
                // One handoff that cannot even be claimed must not hold up the others behind it.
                rounds.itemFailed("handoff_attempt_failed handoff=" + due, failed);
            }
        }
    }
}
