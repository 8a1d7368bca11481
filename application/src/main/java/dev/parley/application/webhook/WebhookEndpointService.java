package dev.parley.application.webhook;

import dev.parley.application.shared.port.out.SecretsPort;
import dev.parley.application.team.port.in.AdminChangeAudit;
import dev.parley.application.team.port.in.AuditActor;
import dev.parley.application.webhook.port.in.CreatedWebhook;
import dev.parley.application.webhook.port.in.ManageWebhooksUseCase;
import dev.parley.application.webhook.port.in.WebhookCommand;
import dev.parley.application.webhook.port.in.WebhookDeliveryView;
import dev.parley.application.webhook.port.in.WebhookPolicy;
import dev.parley.application.webhook.port.in.WebhookView;
import dev.parley.application.webhook.port.in.WebhooksOverview;
import dev.parley.application.webhook.port.out.SendWebhookPort;
import dev.parley.application.webhook.port.out.WebhookDeliveriesPort;
import dev.parley.application.webhook.port.out.WebhookEndpointsPort;
import dev.parley.domain.shared.AgentId;
import dev.parley.domain.shared.DomainException;
import dev.parley.domain.shared.SecretsKeyMissingException;
import dev.parley.domain.webhook.WebhookDeliveryId;
import dev.parley.domain.webhook.WebhookDeliveryNotFoundException;
import dev.parley.domain.webhook.WebhookEndpoint;
import dev.parley.domain.webhook.WebhookEndpointId;
import dev.parley.domain.webhook.WebhookEndpointNotFoundException;
import dev.parley.domain.webhook.WebhookEndpointsFullException;
import dev.parley.domain.webhook.WebhookEventType;
import dev.parley.domain.webhook.WebhookSecret;
import dev.parley.domain.webhook.WebhookUrl;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Admins' work on webhook endpoints: register (with a new secret, shown once and stored sealed), change, delete,
 * rotate the secret, send a test event, read the delivery log and redeliver. Checks the caller is an admin, the URL's
 * shape and host, the event types and the limit before anything is stored; records every change in the audit log.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = DomainException.class)
public class WebhookEndpointService implements ManageWebhooksUseCase {

    private static final Logger LOG = Logger.getLogger(WebhookEndpointService.class.getName());

    private final SecureRandom random = new SecureRandom();
    private WebhookEndpointsPort endpoints;
    private WebhookDeliveriesPort deliveries;
    private SecretsPort secrets;
    private SendWebhookPort sender;
    private WebhookOutbox outbox;
    private WebhookDeliveryService delivery;
    private AdminChangeAudit audit;
    private WebhookPolicy policy;
    private Clock clock;

    @Inject
    public WebhookEndpointService(
            WebhookEndpointsPort endpoints,
            WebhookDeliveriesPort deliveries,
            SecretsPort secrets,
            SendWebhookPort sender,
            WebhookOutbox outbox,
            WebhookDeliveryService delivery,
            AdminChangeAudit audit,
            WebhookPolicy policy,
            Clock clock) {
        this.endpoints = endpoints;
        this.deliveries = deliveries;
        this.secrets = secrets;
        this.sender = sender;
        this.outbox = outbox;
        this.delivery = delivery;
        this.audit = audit;
        this.policy = policy;
        this.clock = clock;
    }

    /** For CDI proxies only. */
    protected WebhookEndpointService() {}

    @Override
    public WebhooksOverview overview(AgentId admin) {
        audit.requireAdmin(admin);
        Instant now = clock.instant();
        return new WebhooksOverview(
                endpoints.all().stream()
                        .map(endpoint -> WebhookView.of(endpoint, now))
                        .toList(),
                WebhookEventType.subscribable().stream()
                        .map(WebhookEventType::wireName)
                        .toList(),
                policy.maxEndpoints(),
                policy.allowHttp(),
                secrets.unavailable());
    }

    @Override
    public CreatedWebhook register(WebhookCommand command) {
        AuditActor actor = audit.requireAdmin(command.admin());
        WebhookUrl url = checkedUrl(command.url());
        Set<WebhookEventType> types = types(command.types());
        if (endpoints.count() >= policy.maxEndpoints()) {
            throw new WebhookEndpointsFullException(policy.maxEndpoints());
        }
        secrets.unavailable().ifPresent(why -> {
            throw new SecretsKeyMissingException(why);
        });
        WebhookEndpointId id = WebhookEndpointId.random();
        WebhookSecret secret = WebhookSecret.issue(random);
        Instant now = clock.instant();
        WebhookEndpoint endpoint = WebhookEndpoint.register(
                id,
                url,
                command.description(),
                types,
                command.enabled(),
                secrets.seal(secret.value(), WebhookOutbox.context(id)),
                now);
        endpoints.create(endpoint);
        audit.record(actor, "webhook.added", about(endpoint));
        LOG.info(() -> "event=webhook_added endpoint=" + id + " host=" + url.host() + " by=" + command.admin());
        return new CreatedWebhook(WebhookView.of(endpoint, now), secret);
    }

    @Override
    public WebhookView change(WebhookEndpointId id, WebhookCommand command) {
        AuditActor actor = audit.requireAdmin(command.admin());
        WebhookEndpoint endpoint = endpoints.findForUpdate(id).orElseThrow(WebhookEndpointNotFoundException::new);
        WebhookUrl url = checkedUrl(command.url());
        Set<WebhookEventType> types = types(command.types());
        Map<String, Object> before = about(endpoint);
        endpoint.change(url, command.description(), types, command.enabled());
        endpoints.update(endpoint);
        if (!endpoint.enabled()) {
            outbox.dropPending(id, "the endpoint was disabled");
        }
        Map<String, Object> after = about(endpoint);
        if (!after.equals(before)) {
            Map<String, Object> summary = new LinkedHashMap<>(after);
            summary.put("before", before);
            audit.record(actor, "webhook.revised", summary);
        }
        return WebhookView.of(endpoint, clock.instant());
    }

    @Override
    public void delete(AgentId admin, WebhookEndpointId id) {
        AuditActor actor = audit.requireAdmin(admin);
        WebhookEndpoint endpoint = endpoints.findForUpdate(id).orElseThrow(WebhookEndpointNotFoundException::new);
        endpoints.delete(id);
        audit.record(actor, "webhook.deleted", about(endpoint));
        LOG.info(() -> "event=webhook_deleted endpoint=" + id + " by=" + admin);
    }

    @Override
    public CreatedWebhook rotateSecret(AgentId admin, WebhookEndpointId id) {
        AuditActor actor = audit.requireAdmin(admin);
        WebhookEndpoint endpoint = endpoints.findForUpdate(id).orElseThrow(WebhookEndpointNotFoundException::new);
        secrets.unavailable().ifPresent(why -> {
            throw new SecretsKeyMissingException(why);
        });
        WebhookSecret secret = WebhookSecret.issue(random);
        Instant now = clock.instant();
        endpoint.rotate(secrets.seal(secret.value(), WebhookOutbox.context(id)), now, policy.rotationOverlap());
        endpoints.update(endpoint);
        Map<String, Object> summary = about(endpoint);
        summary.put("secret", "rotated");
        audit.record(actor, "webhook.secret_rotated", summary);
        LOG.info(() -> "event=webhook_secret_rotated endpoint=" + id + " by=" + admin);
        return new CreatedWebhook(WebhookView.of(endpoint, now), secret);
    }

    @Override
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public WebhookDeliveryView sendTest(AgentId admin, WebhookEndpointId id) {
        WebhookDeliveryId test = outbox.scheduleTest(admin, id);
        delivery.attempt(test);
        return WebhookDeliveryView.of(deliveries.find(test).orElseThrow(WebhookDeliveryNotFoundException::new));
    }

    @Override
    public List<WebhookDeliveryView> deliveries(AgentId admin, WebhookEndpointId id, int limit) {
        requireEndpoint(admin, id);
        return deliveries.recent(id, Math.max(1, Math.min(limit, 100))).stream()
                .map(WebhookDeliveryView::of)
                .toList();
    }

    @Override
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public WebhookDeliveryView redeliver(AgentId admin, WebhookEndpointId id, WebhookDeliveryId deliveryId) {
        outbox.redeliver(admin, id, deliveryId);
        delivery.attempt(deliveryId);
        return WebhookDeliveryView.of(deliveries.find(deliveryId).orElseThrow(WebhookDeliveryNotFoundException::new));
    }

    private WebhookEndpointId requireEndpoint(AgentId admin, WebhookEndpointId id) {
        audit.requireAdmin(admin);
        return endpoints.find(id).map(WebhookEndpoint::id).orElseThrow(WebhookEndpointNotFoundException::new);
    }

    private WebhookUrl checkedUrl(String text) {
        WebhookUrl url = WebhookUrl.parse(text, policy.allowHttp());
        sender.requireAllowed(url);
        return url;
    }

    private static Set<WebhookEventType> types(List<String> names) {
        Set<WebhookEventType> types = EnumSet.noneOf(WebhookEventType.class);
        for (String name : names) {
            types.add(WebhookEventType.ofWireName(name));
        }
        return types;
    }

    /** What the audit log says of an endpoint: never its secret. */
    private static Map<String, Object> about(WebhookEndpoint endpoint) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("webhook", endpoint.id().toString());
        summary.put("url", endpoint.url().toString());
        summary.put("description", endpoint.description());
        summary.put(
                "types",
                WebhookEventType.subscribable().stream()
                        .filter(endpoint.types()::contains)
                        .map(WebhookEventType::wireName)
                        .toList());
        summary.put("enabled", endpoint.enabled());
        return summary;
    }
}
