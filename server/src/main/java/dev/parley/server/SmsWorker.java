package dev.parley.server;

import dev.parley.application.sms.port.in.DeliverSmsUseCase;
import dev.parley.application.sms.port.in.DemoPhoneUseCase;
import dev.parley.application.sms.port.in.SmsSettingsUseCase;
import dev.parley.application.sms.port.out.WakeSmsSenderPort;
import dev.parley.application.visitor.port.in.SignInDemoCustomerUseCase;
import dev.parley.domain.sms.OutgoingSmsId;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The background worker that sends SMS replies: every {@code PARLEY_SMS_POLL} (default 500ms) on the server's managed
 * scheduled executor, never on a chat's thread. Every node may run one: the outbox's claims keep two from sending one
 * reply. A queued reply wakes it once its transaction has committed, so that it goes out at once. Before its first round it seals anew the SMS tokens sealed under the previous key, and in demo mode connects
 * SMS to the built-in fake provider when SMS was never set up (and with the demo store's content, {@code
 * PARLEY_DEMO_KNOWLEDGE}, has the demo customer text the store once, a few seconds later, through the phone simulator's
 * way); in demo mode each round also sends the fake provider's
 * due status callbacks.
 */
@ApplicationScoped
public class SmsWorker implements WakeSmsSenderPort, BackgroundWorker {

    private static final Logger LOG = Logger.getLogger(SmsWorker.class.getName());
    private static final Duration GREETING_DELAY = Duration.ofSeconds(5);
    private static final String GREETING = "Hi! My order 1042 has not arrived yet. Can I talk to a real person?";

    private DeliverSmsUseCase delivery;
    private SmsSettingsUseCase settings;
    private DemoPhoneUseCase demo;
    private ManagedScheduledExecutorService scheduler;
    private Duration poll;
    private Rounds rounds;
    private Event<ReplyQueued> queued;
    private final AtomicBoolean woken = new AtomicBoolean();
    private final boolean demoContent;
    private final Clock clock;
    private final AtomicReference<Instant> greetAt = new AtomicReference<>();

    @Inject
    public SmsWorker(
            DeliverSmsUseCase delivery,
            SmsSettingsUseCase settings,
            DemoPhoneUseCase demo,
            ManagedScheduledExecutorService scheduler,
            Event<ReplyQueued> queued,
            Clock clock,
            @ConfigProperty(name = "parley.sms.poll", defaultValue = "500ms") String poll,
            @ConfigProperty(name = "parley.demo.knowledge", defaultValue = "false") boolean demoContent) {
        this.clock = clock;
        this.demoContent = demoContent;
        this.queued = queued;
        this.delivery = delivery;
        this.settings = settings;
        this.demo = demo;
        this.scheduler = scheduler;
        this.poll = UploadConfiguration.duration("parley.sms.poll", poll);
        this.rounds = new Rounds("sms_round_failed", this::round);
    }

    /** For CDI proxies only. */
    protected SmsWorker() {
        this.demoContent = false;
        this.clock = null;
    }

    /** Starts the rounds once Parley has started (after {@link Startup}, which migrates the schema). */
    void onStart(
            @Observes @Priority(Interceptor.Priority.APPLICATION + 1000) @Initialized(ApplicationScoped.class)
                    Object context) {
        try {
            settings.resealAll();
        } catch (RuntimeException unopened) {
            // A token no configured key opens: its replies fail, each saying why.
            LOG.severe(() -> "event=secrets_reseal_failed scope=sms reason=\"" + unopened.getMessage() + "\"");
        }
        boolean connected = false;
        try {
            connected = demo.connectDemoProvider();
        } catch (RuntimeException refused) {
            // Another node connected it at the same moment, or the settings cannot be read: SMS stays as it is.
            LOG.log(
                    Level.WARNING,
                    "event=sms_demo_provider_not_connected error="
                            + refused.getClass().getSimpleName(),
                    refused);
        }
        if (connected && demoContent) {
            // Once Parley answers HTTP: the demo customer's first text, so that the inbox shows an SMS ticket at once.
            greetAt.set(clock.instant().plus(GREETING_DELAY));
        }
        if (rounds.start(scheduler, poll)) {
            LOG.info(() -> "event=sms_worker_started poll=" + poll);
        }
    }

    @Override
    public void replyQueued() {
        queued.fire(new ReplyQueued());
    }

    /** Sends the queued reply now that it is committed: one extra round, unless one is waiting to run already. */
    void onQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) ReplyQueued reply) {
        if (!woken.compareAndSet(false, true)) {
            return;
        }
        try {
            scheduler.execute(() -> {
                woken.set(false);
                rounds.runOnce();
            });
        } catch (RejectedExecutionException stopping) {
            woken.set(false);
            LOG.log(Level.FINE, "event=sms_wake_refused", stopping);
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
        Instant greeting = greetAt.get();
        // Taken by one round only, even when a woken round runs beside a scheduled one.
        if (greeting != null && !clock.instant().isBefore(greeting) && greetAt.compareAndSet(greeting, null)) {
            try {
                demo.send(SignInDemoCustomerUseCase.PHONE, GREETING);
            } catch (RuntimeException refused) {
                rounds.itemFailed("sms_demo_greeting_failed", refused);
            }
        }
        for (OutgoingSmsId due : delivery.due(20)) {
            if (rounds.stopping()) {
                // The rest wait for the next start: each is claimed only when attempted.
                return;
            }
            try {
                delivery.attempt(due);
            } catch (RuntimeException failed) {
                // One reply that cannot even be claimed must not hold up the others behind it.
                rounds.itemFailed("sms_attempt_failed sms=" + due, failed);
            }
        }
        demo.advance();
    }

    /** A reply was queued; observed once its transaction has committed. */
    record ReplyQueued() {}
}
