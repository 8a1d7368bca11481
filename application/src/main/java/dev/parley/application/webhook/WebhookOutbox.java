package dev.parley.application.webhook;

import dev.parley.application.limits.port.in.AdmitUseCase;
import dev.parley.application.shared.port.out.AlertAdminsPort;
import dev.parley.application.shared.port.out.SecretsPort;
import dev.parley.application.team.port.in.AdminChangeAudit;
import dev.parley.application.webhook.port.in.PublishWebhookEventUseCase;
import dev.parley.application.webhook.port.in.WebhookPolicy;
import dev.parley.application.webhook.port.in.WebhookTestLimits;
import dev.parley.application.webhook.port.out.WebhookDeliveriesPort;
import dev.parley.application.webhook.port.out.WebhookEndpointsPort;
import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.shared.AgentId;
import dev.parley.domain.shared.DomainException;
import dev.parley.domain.shared.RetrySchedule;
import dev.parley.domain.ticket.TicketId;
import dev.parley.domain.webhook.StoredMessage;
import dev.parley.domain.webhook.WebhookDelivery;
import dev.parley.domain.webhook.WebhookDeliveryId;
import dev.parley.domain.webhook.WebhookDeliveryNotFoundException;
import dev.parley.domain.webhook.WebhookDeliveryStatus;
import dev.parley.domain.webhook.WebhookDisabledException;
import dev.parley.domain.webhook.WebhookEndpoint;
import dev.parley.domain.webhook.WebhookEndpointId;
import dev.parley.domain.webhook.WebhookEndpointNotFoundException;
import dev.parley.domain.webhook.WebhookEvent;
import dev.parley.domain.webhook.WebhookEventType;
import dev.parley.domain.webhook.WebhookSecret;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The webhook outbox: events go in inside the transaction of what they tell, one delivery per subscribed endpoint; the
 * worker takes them out one short transaction at a time (what is due, a claim, the outcome), so that two workers never
 * attempt one delivery at once and a slow receiver holds no lock.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = DomainException.class)
public class WebhookOutbox implements PublishWebhookEventUseCase {

    private static final Logger LOG = Logger.getLogger(WebhookOutbox.class.getName());

    /** A test event is tried once. */
    private static final RetrySchedule ONCE = new RetrySchedule(List.of(Duration.ofSeconds(1)), 1);

    private WebhookEndpointsPort endpoints;
    private WebhookDeliveriesPort deliveries;
    private SecretsPort secrets;
    private AdminChangeAudit audit;
    private WebhookPolicy policy;
    private Clock clock;

    @Inject
    public WebhookOutbox(
            WebhookEndpointsPort endpoints,
            WebhookDeliveriesPort deliveries,
            SecretsPort secrets,
            AdminChangeAudit audit,
            WebhookPolicy policy,
            AdmitUseCase admission,
            WebhookTestLimits testLimits,
            AlertAdminsPort alerts,
            Clock clock) {
        this.alerts = alerts;
        this.admission = admission;
        this.testLimits = testLimits;
        this.endpoints = endpoints;
        this.deliveries = deliveries;
        this.secrets = secrets;
        this.audit = audit;
        this.policy = policy;
        this.clock = clock;
    }

    private AdmitUseCase admission;
    private WebhookTestLimits testLimits;
    private AlertAdminsPort alerts;

    /** For CDI proxies only. */
    protected WebhookOutbox() {}

    @Override
    public void ticketOpened(TicketId ticket, ConversationId conversation, String status, Instant at) {
        publish(WebhookEvent.ticketCreated(ticket, conversation, status, at));
    }

    @Override
    public void ticketChanged(
            TicketId ticket,
            ConversationId conversation,
            String statusBefore,
            String status,
            Optional<AgentId> assigneeBefore,
            Optional<AgentId> assignee,
            Instant at) {
        WebhookEvent.ticketChanges(ticket, conversation, statusBefore, status, assigneeBefore, assignee, at)
                .forEach(this::publish);
    }

    @Override
    public void messageStored(StoredMessage message) {
        WebhookEvent.ofMessage(message).forEach(this::publish);
    }

    /** Puts the event in the outbox of every enabled endpoint subscribed to its type. */
    void publish(WebhookEvent event) {
        Instant now = clock.instant();
        for (WebhookEndpoint endpoint : endpoints.receiving(event.type())) {
            deliveries.create(WebhookDelivery.schedule(endpoint.id(), event, now));
        }
    }

    /**
     * A test event for one endpoint, due at once, if the admin may ask for it.
     *
     * @throws WebhookEndpointNotFoundException when there is no such endpoint
     */
    public WebhookDeliveryId scheduleTest(AgentId admin, WebhookEndpointId endpoint) {
        audit.requireAdmin(admin);
        if (endpoints.find(endpoint).isEmpty()) {
            throw new WebhookEndpointNotFoundException();
        }
        admission.admit(testLimits.perAdmin(), admin.toString());
        WebhookDelivery delivery =
                WebhookDelivery.schedule(endpoint, WebhookEvent.test(endpoint, clock.instant()), clock.instant());
        deliveries.create(delivery);
        return delivery.id();
    }

    /** The deliveries due now, earliest first, a batch at most. */
    public List<WebhookDelivery> due() {
        return deliveries.due(clock.instant(), policy.batchSize());
    }

    /**
     * Takes a delivery for one attempt, if it is still due and its endpoint still takes it; drops it when the endpoint
     * no longer does.
     *
     * @return empty when there is nothing to send
     */
    public Optional<WebhookAttempt> claim(WebhookDeliveryId id) {
        Optional<WebhookDelivery> found = deliveries.findForUpdate(id);
        Instant now = clock.instant();
        if (found.isEmpty() || !found.get().isDueAt(now)) {
            return Optional.empty();
        }
        WebhookDelivery delivery = found.get();
        boolean test = delivery.event().type() == WebhookEventType.WEBHOOK_TEST;
        Optional<WebhookEndpoint> endpoint = endpoints.find(delivery.endpoint());
        if (endpoint.isEmpty() || (!test && !endpoint.get().enabled())) {
            delivery.drop("the endpoint was disabled or deleted before this delivery's turn");
            deliveries.update(delivery);
            return Optional.empty();
        }
        if (secrets.unavailable().isPresent()) {
            // Nothing can be signed: the delivery waits, counted as a failed attempt, for the operator to set the key.
            delivery.claim(now, policy.claimLease());
            delivery.failed(
                    Optional.empty(),
                    "Parley cannot open the endpoint's secret: "
                            + secrets.unavailable().get(),
                    now,
                    retries(test));
            deliveries.update(delivery);
            return Optional.empty();
        }
        List<WebhookSecret> signing = endpoint.get().signingSecrets(now).stream()
                .map(kept -> new WebhookSecret(
                        secrets.open(kept, context(endpoint.get().id()))))
                .toList();
        delivery.claim(now, policy.claimLease());
        deliveries.update(delivery);
        return Optional.of(new WebhookAttempt(delivery.id(), endpoint.get().url(), delivery.event(), signing, test));
    }

    /** The receiver answered 2xx. */
    public void delivered(WebhookAttempt attempt, int status) {
        Instant now = clock.instant();
        pending(attempt.delivery()).ifPresent(delivery -> {
            delivery.delivered(status, now);
            deliveries.update(delivery);
            if (!attempt.test()) {
                endpoints.findForUpdate(delivery.endpoint()).ifPresent(endpoint -> {
                    endpoint.succeeded();
                    endpoints.update(endpoint);
                });
            }
            long latency = Duration.between(
                            delivery.createdAt(), delivery.firstAttemptAt().orElse(now))
                    .toMillis();
            LOG.info(() -> "event=webhook_delivered delivery=" + delivery.id() + " endpoint=" + delivery.endpoint()
                    + " webhook_id=" + delivery.event().id() + " type="
                    + delivery.event().type().wireName()
                    + " status=" + status + " attempts=" + delivery.attempts() + " first_attempt_after_ms=" + latency);
        });
    }

    /**
     * The attempt failed: the delivery is tried again later, or given up after its last attempt; the endpoint counts the
     * failure and is disabled when it has failed too often or too long. A {@code 410 Gone} disables it at once.
     *
     * @param status the receiver's status, when it answered
     * @param reason why, without secrets
     */
    public void failed(WebhookAttempt attempt, Optional<Integer> status, String reason) {
        Instant now = clock.instant();
        pending(attempt.delivery()).ifPresent(delivery -> {
            boolean gone = status.filter(code -> code == 410).isPresent();
            if (gone) {
                delivery.gone(410);
            } else {
                delivery.failed(status, reason, now, retries(attempt.test()));
            }
            deliveries.update(delivery);
            LOG.warning(() -> "event=webhook_attempt_failed delivery=" + delivery.id() + " endpoint="
                    + delivery.endpoint() + " webhook_id=" + delivery.event().id() + " attempts=" + delivery.attempts()
                    + " status=" + status.map(String::valueOf).orElse("none") + " final="
                    + (delivery.status() != WebhookDeliveryStatus.PENDING) + " reason=\"" + reason.replace('"', '\'')
                    + "\"");
            if (attempt.test()) {
                return;
            }
            endpoints.findForUpdate(delivery.endpoint()).ifPresent(endpoint -> {
                boolean disabled = gone
                        ? endpoint.gone()
                        : endpoint.failed(now, policy.disableAfterFailures(), policy.disableAfterFailingFor());
                endpoints.update(endpoint);
                if (disabled) {
                    int dropped = dropPending(endpoint.id(), "the endpoint was disabled");
                    LOG.warning(() -> "event=webhook_endpoint_disabled endpoint=" + endpoint.id() + " why="
                            + endpoint.disabled().orElseThrow().name().toLowerCase(java.util.Locale.ROOT)
                            + " failures_in_a_row=" + endpoint.consecutiveFailures() + " dropped=" + dropped);
                    alerts.webhookDisabled(
                            endpoint.url().host(),
                            gone
                                    ? "its receiver answered 410 Gone"
                                    : "it failed " + endpoint.consecutiveFailures() + " times in a row; last: "
                                            + reason);
                }
            });
        });
    }

    /**
     * Makes one of the endpoint's deliveries due again at once, with a fresh schedule and the same id and body.
     *
     * @throws WebhookEndpointNotFoundException when there is no such endpoint
     * @throws WebhookDeliveryNotFoundException when the endpoint has no such delivery
     * @throws WebhookDisabledException when the endpoint is disabled
     */
    public void redeliver(AgentId admin, WebhookEndpointId endpoint, WebhookDeliveryId id) {
        audit.requireAdmin(admin);
        if (endpoints.find(endpoint).isEmpty()) {
            throw new WebhookEndpointNotFoundException();
        }
        WebhookDelivery delivery = deliveries
                .findForUpdate(id)
                .filter(found -> found.endpoint().equals(endpoint))
                .orElseThrow(WebhookDeliveryNotFoundException::new);
        if (!endpoints.find(endpoint).map(WebhookEndpoint::enabled).orElse(false)) {
            throw new WebhookDisabledException();
        }
        delivery.redeliver(clock.instant());
        deliveries.update(delivery);
        LOG.info(() -> "event=webhook_redelivery delivery=" + id + " endpoint=" + endpoint);
    }

    /** Drops the endpoint's pending deliveries; in the caller's transaction. */
    int dropPending(WebhookEndpointId endpoint, String why) {
        int dropped = 0;
        for (WebhookDelivery delivery : deliveries.pending(endpoint)) {
            if (delivery.event().type() != WebhookEventType.WEBHOOK_TEST && delivery.drop(why)) {
                deliveries.update(delivery);
                dropped++;
            }
        }
        return dropped;
    }

    /** Deletes the finished deliveries older than the log keeps. */
    public int purgeOld() {
        return deliveries.purgeBefore(clock.instant().minus(policy.logRetention()));
    }

    /** What a secret of this endpoint is sealed for. */
    static String context(WebhookEndpointId endpoint) {
        return "webhook:" + endpoint;
    }

    private Optional<WebhookDelivery> pending(WebhookDeliveryId id) {
        return deliveries.findForUpdate(id).filter(found -> found.status() == WebhookDeliveryStatus.PENDING);
    }

    private RetrySchedule retries(boolean test) {
        return test ? ONCE : policy.retries();
    }
}
