package dev.parley.application.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.application.audit.InMemoryAuditLog;
import dev.parley.application.conversation.MovableClock;
import dev.parley.application.conversation.WindowedAdmissions;
import dev.parley.application.shared.FakeSecrets;
import dev.parley.application.shared.RecordedAlerts;
import dev.parley.application.team.AdminChangeAuditService;
import dev.parley.application.team.InMemoryTeam;
import dev.parley.application.webhook.port.in.CreatedWebhook;
import dev.parley.application.webhook.port.in.WebhookCommand;
import dev.parley.application.webhook.port.in.WebhookDeliveryView;
import dev.parley.application.webhook.port.in.WebhookPolicy;
import dev.parley.application.webhook.port.in.WebhookTestLimits;
import dev.parley.domain.audit.AuditAction;
import dev.parley.domain.shared.AgentId;
import dev.parley.domain.shared.RateLimit;
import dev.parley.domain.shared.RateLimitedException;
import dev.parley.domain.shared.RetrySchedule;
import dev.parley.domain.team.AdminsOnlyException;
import dev.parley.domain.webhook.WebhookDelivery;
import dev.parley.domain.webhook.WebhookDeliveryId;
import dev.parley.domain.webhook.WebhookDeliveryStatus;
import dev.parley.domain.webhook.WebhookEndpoint;
import dev.parley.domain.webhook.WebhookEndpointId;
import dev.parley.domain.webhook.WebhookEvent;
import dev.parley.domain.webhook.WebhookSecret;
import dev.parley.domain.webhook.WebhookSignature;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class WebhookServiceTest {

    private static final AgentId ADMIN = AgentId.random();
    private static final List<String> MESSAGES = List.of("message.created");

    private final MovableClock clock = new MovableClock(Instant.parse("2026-12-06T10:00:00Z"));
    private final InMemoryTeam team = InMemoryTeam.withAdmin(ADMIN, "Ada Admin");
    private final AgentId agent = team.addAgent("Alan Agent");
    private final InMemoryAuditLog audit = new InMemoryAuditLog();
    private final InMemoryWebhooks store = new InMemoryWebhooks();
    private final FakeSecrets secrets = new FakeSecrets();
    private final RecordedAlerts alerts = new RecordedAlerts();
    private final FakeReceiver receiver = new FakeReceiver();
    private final WebhookPolicy policy = new WebhookPolicy(
            3,
            false,
            false,
            Duration.ofSeconds(10),
            new RetrySchedule(List.of(Duration.ofSeconds(30), Duration.ofMinutes(2)), 4),
            Duration.ofSeconds(60),
            50,
            Duration.ofHours(24),
            5,
            Duration.ofDays(5),
            Duration.ofDays(30));
    private final AdminChangeAuditService admins = new AdminChangeAuditService(team, audit, clock);
    private final WebhookOutbox outbox = new WebhookOutbox(
            store,
            store,
            secrets,
            admins,
            policy,
            new WindowedAdmissions(clock),
            new WebhookTestLimits(RateLimit.parse(WebhookTestLimits.PER_ADMIN, "3/10m")),
            alerts,
            clock);
    private final WebhookDeliveryService delivery = new WebhookDeliveryService(outbox, receiver, clock);
    private final WebhookEndpointService service =
            new WebhookEndpointService(store, store, secrets, receiver, outbox, delivery, admins, policy, clock);

    private CreatedWebhook register(String url, List<String> types) {
        return service.register(new WebhookCommand(ADMIN, url, "Orders", types, true));
    }

    /** Whether the request's signature header holds a valid signature by this secret over the bytes sent. */
    private static boolean signedBy(FakeReceiver.Request request, WebhookSecret secret) {
        String expected = WebhookSignature.header(
                request.headers().get("webhook-id"),
                Long.parseLong(request.headers().get("webhook-timestamp")),
                request.body(),
                List.of(secret));
        return Set.of(request.headers().get("webhook-signature").split(" ")).contains(expected);
    }

    @Test
    void a_new_endpoint_shows_its_secret_once_keeps_it_sealed_and_audits_the_change_without_it() {
        CreatedWebhook created = register("https://hooks.example.com/in", MESSAGES);

        assertThat(created.secret().value()).startsWith("whsec_");
        assertThat(created.endpoint().types()).containsExactly("message.created");
        WebhookEndpoint stored = store.endpoints.values().iterator().next();
        assertThat(stored.secret().value())
                .doesNotContain(created.secret().value().substring(6));
        assertThat(service.overview(ADMIN).endpoints())
                .singleElement()
                .hasToString(created.endpoint().toString());
        assertThat(service.overview(ADMIN).secretsUnavailable()).isEmpty();
        assertThat(service.overview(ADMIN).eventTypes())
                .containsExactly(
                        "ticket.created",
                        "ticket.status_changed",
                        "ticket.assigned",
                        "message.created",
                        "conversation.handed_off");
        assertThat(audit.entries()).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo(AuditAction.WEBHOOK_ADDED);
            assertThat(entry.summary().toString())
                    .contains("https://hooks.example.com/in")
                    .doesNotContain(created.secret().value().substring(6));
        });
    }

    @Test
    void refusals_store_nothing_and_audit_nothing() {
        assertThatThrownBy(() ->
                        service.register(new WebhookCommand(agent, "https://hooks.example.com/in", "", MESSAGES, true)))
                .isInstanceOf(AdminsOnlyException.class);
        assertThatThrownBy(() -> register("http://hooks.example.com/in", MESSAGES))
                .hasFieldOrPropertyWithValue("code", "invalid_webhook_url");
        assertThatThrownBy(() -> register("https://user:pw@hooks.example.com/in", MESSAGES))
                .hasFieldOrPropertyWithValue("code", "invalid_webhook_url");
        assertThatThrownBy(() -> register("https://10.0.0.1/in", MESSAGES))
                .hasFieldOrPropertyWithValue("code", "webhook_address_refused");
        assertThatThrownBy(() -> register("https://hooks.example.com/in", List.of("ticket.deleted")))
                .hasFieldOrPropertyWithValue("code", "unknown_event_type");
        assertThatThrownBy(() -> register("https://hooks.example.com/in", List.of()))
                .hasFieldOrPropertyWithValue("code", "event_types_missing");
        secrets.unavailable = Optional.of("PARLEY_SECRETS_KEY is not set.");
        assertThatThrownBy(() -> register("https://hooks.example.com/in", MESSAGES))
                .hasFieldOrPropertyWithValue("code", "secrets_key_missing")
                .hasMessageContaining("PARLEY_SECRETS_KEY");

        assertThat(store.endpoints).isEmpty();
        assertThat(audit.entries()).isEmpty();
    }

    @Test
    void takes_endpoints_up_to_the_limit_and_refuses_one_more() {
        for (int i = 0; i < 3; i++) {
            register("https://hooks.example.com/" + i, MESSAGES);
        }

        assertThatThrownBy(() -> register("https://hooks.example.com/4", MESSAGES))
                .hasFieldOrPropertyWithValue("code", "webhook_limit_reached");
        assertThat(store.endpoints).hasSize(3);
    }

    @Test
    void an_event_goes_to_each_enabled_endpoint_subscribed_to_its_type_and_no_other() {
        WebhookEndpointId messages = WebhookEndpointId.parse(
                register("https://a.example.com/in", MESSAGES).endpoint().id());
        register("https://b.example.com/in", List.of("ticket.created"));
        CreatedWebhook off = register("https://c.example.com/in", MESSAGES);
        service.change(
                WebhookEndpointId.parse(off.endpoint().id()),
                new WebhookCommand(ADMIN, "https://c.example.com/in", "", MESSAGES, false));

        outbox.publish(WebhookEvent.ofMessage(ConversationMessages.visitorSays("hello", clock.instant()))
                .get(0));

        assertThat(store.deliveries.values())
                .singleElement()
                .satisfies(d -> assertThat(d.endpoint()).isEqualTo(messages));
        assertThat(delivery.deliverDue()).isEqualTo(1);
        assertThat(receiver.requests)
                .singleElement()
                .satisfies(r -> assertThat(r.url().host()).isEqualTo("a.example.com"));
    }

    @Test
    void a_failing_receiver_gets_every_attempt_with_the_same_id_and_body_each_signed_with_the_secret_shown() {
        CreatedWebhook created = register("https://hooks.example.com/in", MESSAGES);
        WebhookEvent event = WebhookEvent.ofMessage(ConversationMessages.visitorSays("hello", clock.instant()))
                .get(0);
        outbox.publish(event);
        receiver.answers.addAll(List.of(500, -1, 200));

        delivery.deliverDue();
        clock.advance(Duration.ofSeconds(30));
        delivery.deliverDue();
        clock.advance(Duration.ofMinutes(2));
        assertThat(delivery.deliverDue()).isEqualTo(1);
        clock.advance(Duration.ofHours(1));
        assertThat(delivery.deliverDue()).as("delivered: nothing more").isZero();

        assertThat(receiver.requests).hasSize(3).allSatisfy(request -> {
            assertThat(request.headers()).containsEntry("webhook-id", event.id());
            assertThat(request.body()).isEqualTo(event.bytes());
            assertThat(signedBy(request, created.secret())).isTrue();
        });
        assertThat(receiver.requests.stream()
                        .map(r -> r.headers().get("webhook-timestamp"))
                        .collect(Collectors.toSet()))
                .hasSize(3);
        WebhookDelivery done = store.deliveries.values().iterator().next();
        assertThat(done.status()).isEqualTo(WebhookDeliveryStatus.DELIVERED);
        assertThat(done.attempts()).isEqualTo(3);
        assertThat(store.endpoints.values().iterator().next().consecutiveFailures())
                .isZero();
    }

    @Test
    void a_delivery_is_given_up_after_its_last_attempt() {
        register("https://hooks.example.com/in", MESSAGES);
        outbox.publish(event0());
        receiver.answers.addAll(List.of(500, 502, 503, 504, 200));

        for (int i = 0; i < 6; i++) {
            delivery.deliverDue();
            clock.advance(Duration.ofMinutes(3));
        }

        assertThat(receiver.requests).hasSize(4);
        WebhookDelivery given = store.deliveries.values().iterator().next();
        assertThat(given.status()).isEqualTo(WebhookDeliveryStatus.FAILED);
        assertThat(given.responseStatus()).contains(504);
        assertThat(given.lastError()).contains("the receiver answered 504");
    }

    @Test
    void a_gone_receiver_disables_its_endpoint_at_once_and_its_pending_deliveries_are_dropped() {
        register("https://hooks.example.com/in", MESSAGES);
        outbox.publish(event0());
        outbox.publish(event0());
        receiver.answers.add(410);

        delivery.deliverDue();

        assertThat(store.endpoints.values().iterator().next().disabled()).contains(WebhookEndpoint.Disabled.GONE);
        assertThat(receiver.requests).hasSize(1);
        assertThat(store.deliveries.values())
                .extracting(WebhookDelivery::status)
                .containsExactlyInAnyOrder(WebhookDeliveryStatus.FAILED, WebhookDeliveryStatus.DROPPED);
        outbox.publish(event0());
        assertThat(store.deliveries).as("a disabled endpoint receives nothing").hasSize(2);
        assertThat(alerts.raised)
                .containsExactly("webhook disabled: hooks.example.com: its receiver answered 410 Gone");
    }

    @Test
    void an_endpoint_failing_too_often_in_a_row_is_disabled() {
        register("https://hooks.example.com/in", MESSAGES);
        for (int i = 0; i < 5; i++) {
            outbox.publish(event0());
            receiver.answers.add(500);
        }

        delivery.deliverDue();

        WebhookEndpoint endpoint = store.endpoints.values().iterator().next();
        assertThat(endpoint.disabled()).contains(WebhookEndpoint.Disabled.FAILING);
        assertThat(endpoint.consecutiveFailures()).isEqualTo(5);
        assertThat(service.overview(ADMIN).endpoints().get(0).disabled()).contains("failing");
        assertThat(alerts.raised)
                .singleElement()
                .asString()
                .startsWith("webhook disabled: hooks.example.com: it failed 5 times in a row");
    }

    @Test
    void after_a_rotation_both_secrets_sign_during_the_overlap_then_only_the_new_one() {
        CreatedWebhook created = register("https://hooks.example.com/in", MESSAGES);
        WebhookEndpointId id = WebhookEndpointId.parse(created.endpoint().id());
        CreatedWebhook rotated = service.rotateSecret(ADMIN, id);
        assertThat(rotated.secret()).isNotEqualTo(created.secret());
        assertThat(rotated.endpoint().previousSecretUntil())
                .contains(clock.instant().plus(Duration.ofHours(24)));

        outbox.publish(event0());
        delivery.deliverDue();
        clock.advance(Duration.ofHours(24));
        outbox.publish(event0());
        delivery.deliverDue();

        FakeReceiver.Request during = receiver.requests.get(0);
        assertThat(during.headers().get("webhook-signature").split(" ")).hasSize(2);
        assertThat(signedBy(during, rotated.secret())).isTrue();
        assertThat(signedBy(during, created.secret())).isTrue();
        FakeReceiver.Request after = receiver.requests.get(1);
        assertThat(after.headers().get("webhook-signature").split(" ")).hasSize(1);
        assertThat(signedBy(after, rotated.secret())).isTrue();
        assertThat(audit.entries()).extracting(e -> e.action()).contains(AuditAction.WEBHOOK_SECRET_ROTATED);
        assertThat(audit.entries().toString())
                .doesNotContain(rotated.secret().value().substring(6));
    }

    @Test
    void a_test_event_is_sent_at_once_tried_once_and_counts_for_nothing() {
        CreatedWebhook created = register("https://hooks.example.com/in", MESSAGES);
        WebhookEndpointId id = WebhookEndpointId.parse(created.endpoint().id());
        receiver.answers.add(503);

        WebhookDeliveryView failed = service.sendTest(ADMIN, id);

        assertThat(failed.status()).isEqualTo("failed");
        assertThat(failed.type()).isEqualTo("webhook.test");
        assertThat(failed.responseStatus()).contains(503);
        assertThat(store.endpoints.get(id).consecutiveFailures()).isZero();
        WebhookDeliveryView delivered = service.sendTest(ADMIN, id);
        assertThat(delivered.status()).isEqualTo("delivered");
        assertThat(signedBy(receiver.requests.get(1), created.secret())).isTrue();
        assertThat(service.deliveries(ADMIN, id, 10))
                .extracting(WebhookDeliveryView::id)
                .containsExactly(delivered.id(), failed.id());
        assertThatThrownBy(() -> service.sendTest(agent, id)).isInstanceOf(AdminsOnlyException.class);
        assertThat(receiver.requests).hasSize(2);
    }

    @Test
    void test_events_are_limited_per_admin_and_a_refused_one_sends_and_stores_nothing() {
        CreatedWebhook created = register("https://hooks.example.com/in", MESSAGES);
        WebhookEndpointId id = WebhookEndpointId.parse(created.endpoint().id());
        for (int sent = 0; sent < 3; sent++) {
            service.sendTest(ADMIN, id);
        }

        assertThatThrownBy(() -> service.sendTest(ADMIN, id)).isInstanceOf(RateLimitedException.class);

        assertThat(receiver.requests).hasSize(3);
        assertThat(service.deliveries(ADMIN, id, 10)).hasSize(3);
    }

    @Test
    void a_redelivery_sends_the_same_event_again_and_is_refused_for_a_disabled_endpoint() {
        CreatedWebhook created = register("https://hooks.example.com/in", MESSAGES);
        WebhookEndpointId id = WebhookEndpointId.parse(created.endpoint().id());
        outbox.publish(event0());
        delivery.deliverDue();
        WebhookDeliveryId sent = store.deliveries.keySet().iterator().next();

        WebhookDeliveryView again = service.redeliver(ADMIN, id, sent);

        assertThat(again.status()).isEqualTo("delivered");
        assertThat(receiver.requests).hasSize(2);
        assertThat(receiver.requests.get(1).headers().get("webhook-id"))
                .isEqualTo(receiver.requests.get(0).headers().get("webhook-id"));
        service.change(id, new WebhookCommand(ADMIN, "https://hooks.example.com/in", "", MESSAGES, false));
        assertThatThrownBy(() -> service.redeliver(ADMIN, id, sent))
                .hasFieldOrPropertyWithValue("code", "webhook_disabled");
        assertThatThrownBy(() -> service.redeliver(ADMIN, id, WebhookDeliveryId.random()))
                .hasFieldOrPropertyWithValue("code", "webhook_delivery_not_found");
        assertThat(receiver.requests).hasSize(2);
    }

    @Test
    void without_a_key_to_open_secrets_nothing_is_sent_and_the_delivery_waits() {
        register("https://hooks.example.com/in", MESSAGES);
        outbox.publish(event0());
        secrets.unavailable = Optional.of("PARLEY_SECRETS_KEY is not set.");

        assertThat(delivery.deliverDue()).isZero();

        assertThat(receiver.requests).isEmpty();
        WebhookDelivery waiting = store.deliveries.values().iterator().next();
        assertThat(waiting.status()).isEqualTo(WebhookDeliveryStatus.PENDING);
        assertThat(waiting.lastError().orElseThrow()).contains("PARLEY_SECRETS_KEY");
    }

    @Test
    void after_a_key_rotation_every_secret_is_sealed_anew_and_still_signs_as_before() {
        CreatedWebhook created = register("https://hooks.example.com/in", MESSAGES);
        CreatedWebhook rotated = service.rotateSecret(
                ADMIN, WebhookEndpointId.parse(created.endpoint().id()));
        SecretResealing resealing = new SecretResealing(store, secrets);
        assertThat(resealing.resealAll()).as("nothing to do under the same key").isZero();

        secrets.key = 2;
        assertThat(resealing.resealAll()).isEqualTo(1);
        assertThat(resealing.resealAll()).isZero();

        WebhookEndpoint endpoint = store.endpoints.values().iterator().next();
        assertThat(endpoint.secret().value()).startsWith("sealed2:");
        assertThat(endpoint.previousSecret().orElseThrow().value()).startsWith("sealed2:");
        outbox.publish(event0());
        delivery.deliverDue();
        assertThat(signedBy(receiver.requests.get(0), rotated.secret())).isTrue();
        assertThat(signedBy(receiver.requests.get(0), created.secret())).isTrue();
    }

    @Test
    void the_delivery_log_forgets_finished_deliveries_after_its_retention_and_deleting_forgets_all() {
        CreatedWebhook created = register("https://hooks.example.com/in", MESSAGES);
        outbox.publish(event0());
        delivery.deliverDue();
        clock.advance(Duration.ofDays(30).minusSeconds(1));
        assertThat(delivery.purgeOld()).isZero();
        clock.advance(Duration.ofSeconds(2));
        assertThat(delivery.purgeOld()).isEqualTo(1);

        outbox.publish(event0());
        service.delete(ADMIN, WebhookEndpointId.parse(created.endpoint().id()));
        assertThat(store.deliveries).isEmpty();
        assertThat(store.endpoints).isEmpty();
        assertThat(audit.entries()).extracting(e -> e.action()).contains(AuditAction.WEBHOOK_DELETED);
    }

    private WebhookEvent event0() {
        return WebhookEvent.ofMessage(ConversationMessages.visitorSays("hello", clock.instant()))
                .get(0);
    }
}
