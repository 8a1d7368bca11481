package dev.parley.server;

import dev.parley.application.sms.port.in.DeliverSmsUseCase;
import dev.parley.application.sms.port.in.DemoPhoneUseCase;
import dev.parley.application.sms.port.in.SmsSettingsUseCase;
import dev.parley.domain.sms.OutgoingSmsId;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The background worker that sends SMS replies: every {@code PARLEY_SMS_POLL} (default 500ms) on the server's managed
 * scheduled executor, never on a chat's thread. Every node may run one: the outbox's claims keep two from sending one
 * reply. Before its first round it seals anew the SMS tokens sealed under the previous key, and in demo mode connects
 * SMS to the built-in fake provider when SMS was never set up; in demo mode each round also sends the fake provider's
 * due status callbacks.
 */
@ApplicationScoped
public class SmsWorker {

    private static final Logger LOG = Logger.getLogger(SmsWorker.class.getName());

    private DeliverSmsUseCase delivery;
    private SmsSettingsUseCase settings;
    private DemoPhoneUseCase demo;
    private ManagedScheduledExecutorService scheduler;
    private Duration poll;
    private Rounds rounds;

    @Inject
    public SmsWorker(
            DeliverSmsUseCase delivery,
            SmsSettingsUseCase settings,
            DemoPhoneUseCase demo,
            ManagedScheduledExecutorService scheduler,
            @ConfigProperty(name = "parley.sms.poll", defaultValue = "500ms") String poll) {
        this.delivery = delivery;
        this.settings = settings;
        this.demo = demo;
        this.scheduler = scheduler;
        this.poll = UploadConfiguration.duration("parley.sms.poll", poll);
        this.rounds = new Rounds("sms_round_failed", this::round);
    }

    /** For CDI proxies only. */
    protected SmsWorker() {}

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
        demo.connectDemoProvider();
        if (rounds.start(scheduler, poll)) {
            LOG.info(() -> "event=sms_worker_started poll=" + poll);
        }
    }

    @PreDestroy
    synchronized void stop() {
        rounds.stop();
    }

    private void round() {
        for (OutgoingSmsId due : delivery.due(20)) {
            try {
                delivery.attempt(due);
            } catch (RuntimeException failed) {
                // One reply that cannot even be claimed must not hold up the others behind it.
                LOG.log(
                        Level.WARNING,
                        "event=sms_attempt_failed sms=" + due + " error="
                                + failed.getClass().getSimpleName(),
                        failed);
            }
        }
        demo.advance();
    }
}
