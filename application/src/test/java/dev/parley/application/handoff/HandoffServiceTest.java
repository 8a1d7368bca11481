package dev.parley.application.handoff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.application.audit.InMemoryAuditLog;
import dev.parley.application.conversation.MovableClock;
import dev.parley.application.conversation.WindowedAdmissions;
import dev.parley.application.conversation.port.in.ConversationView;
import dev.parley.application.conversation.port.in.HelpdeskHandoffUseCase;
import dev.parley.application.conversation.port.in.TranscriptQuery;
import dev.parley.application.handoff.port.in.HandoffPolicy;
import dev.parley.application.handoff.port.in.HelpdeskConnectionsUseCase.ConnectHelpdeskCommand;
import dev.parley.application.handoff.port.out.ExternalHandoffsPort;
import dev.parley.application.handoff.port.out.HelpdeskCallFailedException;
import dev.parley.application.handoff.port.out.HelpdeskConnectionsPort;
import dev.parley.application.handoff.port.out.HelpdeskCredentials;
import dev.parley.application.handoff.port.out.HelpdeskPort;
import dev.parley.application.profile.port.in.HandoffProfileQuery.HandoffProfile;
import dev.parley.application.settings.port.in.AssistantBehaviour;
import dev.parley.application.shared.FakeSecrets;
import dev.parley.application.shared.RecordedAlerts;
import dev.parley.application.team.AdminChangeAuditService;
import dev.parley.application.team.InMemoryTeam;
import dev.parley.domain.audit.AuditAction;
import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.handoff.ExternalHandoff;
import dev.parley.domain.handoff.HandoffId;
import dev.parley.domain.handoff.HandoffPacket;
import dev.parley.domain.handoff.HandoffStatus;
import dev.parley.domain.handoff.HelpdeskConnection;
import dev.parley.domain.handoff.HelpdeskInUseException;
import dev.parley.domain.shared.AgentId;
import dev.parley.domain.shared.HandoffReason;
import dev.parley.domain.shared.Helpdesk;
import dev.parley.domain.shared.HelpdeskNotConnectedException;
import dev.parley.domain.shared.InvalidValueException;
import dev.parley.domain.shared.RateLimit;
import dev.parley.domain.shared.RateLimitedException;
import dev.parley.domain.shared.RetrySchedule;
import dev.parley.domain.shared.SecretsKeyMissingException;
import dev.parley.domain.shared.VisitorId;
import dev.parley.domain.team.AdminsOnlyException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HandoffServiceTest {

    private static final AgentId ADMIN = AgentId.random();
    private static final ConversationId CONVERSATION = ConversationId.random();

    private final MovableClock clock = new MovableClock(Instant.parse("2026-12-06T10:00:00Z"));
    private final InMemoryTeam team = InMemoryTeam.withAdmin(ADMIN, "Ada Admin");
    private final AgentId agent = team.addAgent("Alan Agent");
    private final InMemoryAuditLog audit = new InMemoryAuditLog();
    private final AdminChangeAuditService admins = new AdminChangeAuditService(team, audit, clock);
    private final FakeSecrets secrets = new FakeSecrets();
    private final RecordedAlerts alerts = new RecordedAlerts();
    private final Store store = new Store();
    private final FakeHelpdesk helpdesk = new FakeHelpdesk();
    private final List<String> fellBack = new ArrayList<>();
    private Optional<Helpdesk> target = Optional.empty();
    private final HandoffPolicy policy = new HandoffPolicy(
            new RetrySchedule(List.of(Duration.ofSeconds(30)), 3),
            Duration.ofMinutes(2),
            10,
            RateLimit.parse("helpdesk_tests_per_admin", "2/10m"),
            Optional.of("https://shop.example/inbox/"));
    private final HelpdeskConnectionService connections = new HelpdeskConnectionService(
            store,
            secrets,
            helpdesk,
            admins,
            admins::requireAdmin,
            () -> new AssistantBehaviour(
                    true, Optional.empty(), Optional.empty(), 8, Optional.empty(), Optional.empty(), false, target),
            new WindowedAdmissions(clock),
            policy,
            clock);
    private final HandoffOutbox outbox = new HandoffOutbox(
            store,
            store,
            secrets,
            transcript(),
            conversations(),
            policy,
            alerts,
            (visitor, events) -> Optional.of(new HandoffProfile(
                    Optional.of("Anna Nowak"),
                    List.of("Placed Order at 2026-12-05T09:00:00Z").subList(0, events > 0 ? 1 : 0))),
            clock);
    private final HandoffDeliveryService delivery = new HandoffDeliveryService(outbox, helpdesk);

    private TranscriptQuery transcript() {
        return id -> List.of(
                new TranscriptQuery.TranscriptLine("Visitor", true, clock.instant(), "Where is order 1042?"),
                new TranscriptQuery.TranscriptLine("AI agent", false, clock.instant(), "It ships today."));
    }

    private HelpdeskHandoffUseCase conversations() {
        return new HelpdeskHandoffUseCase() {
            @Override
            public ConversationView giveHandoffEmail(
                    VisitorId visitor,
                    String clientAddress,
                    ConversationId conversation,
                    String email,
                    Optional<String> language) {
                throw new UnsupportedOperationException();
            }

            @Override
            public void fallBackToInbox(ConversationId conversation, String email) {
                fellBack.add(conversation + " " + email);
            }

            @Override
            public int handWaitingToInbox(Duration after) {
                throw new UnsupportedOperationException();
            }
        };
    }

    private void connectZendesk() {
        connections.connect(new ConnectHelpdeskCommand(
                ADMIN, Helpdesk.ZENDESK, " Northwind ", "parley_client", Optional.of("s3cret-value")));
    }

    private HandoffId queued() {
        outbox.queue(
                CONVERSATION,
                VisitorId.random(),
                Helpdesk.ZENDESK,
                "anna@example.com",
                HandoffReason.VISITOR_ASKED,
                Optional.of("en"));
        return store.handoffs.values().iterator().next().id();
    }

    private void runDue() {
        delivery.due(10).forEach(delivery::attempt);
    }

    @Test
    void a_connection_keeps_its_secret_sealed_audits_only_that_it_changed_and_keeps_it_when_left_out() {
        connectZendesk();

        HelpdeskConnection stored = store.connections.get(Helpdesk.ZENDESK);
        assertThat(stored.account().value()).isEqualTo("northwind");
        assertThat(stored.secret().value()).doesNotContain("s3cret-value");
        assertThat(audit.entries()).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo(AuditAction.HELPDESK_CONNECTED);
            assertThat(entry.toString()).doesNotContain("s3cret-value");
        });

        connections.connect(
                new ConnectHelpdeskCommand(ADMIN, Helpdesk.ZENDESK, "northwind", "renamed", Optional.empty()));
        assertThat(store.connections.get(Helpdesk.ZENDESK).secret()).isEqualTo(stored.secret());
        assertThat(connections.overview(ADMIN).zendesk().orElseThrow().login()).isEqualTo("renamed");
    }

    @Test
    void a_secret_sealed_under_the_previous_key_is_sealed_anew_under_the_current_one() {
        connectZendesk();
        secrets.key = 2;

        assertThat(connections.resealAll()).isEqualTo(1);
        assertThat(connections.resealAll()).as("once").isZero();

        assertThat(secrets.isCurrent(store.connections.get(Helpdesk.ZENDESK).secret()))
                .isTrue();
        assertThat(connections.test(ADMIN, Helpdesk.ZENDESK).ok()).isTrue();
        assertThat(helpdesk.checked).containsExactly("northwind parley_client s3cret-value");
    }

    @Test
    void refused_connections_store_nothing() {
        assertThatThrownBy(() -> connections.connect(
                        new ConnectHelpdeskCommand(ADMIN, Helpdesk.ZENDESK, "northwind", "client", Optional.empty())))
                .isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("code", "helpdesk_secret_required");
        assertThatThrownBy(() -> connections.connect(new ConnectHelpdeskCommand(
                        ADMIN, Helpdesk.GORGIAS, "shop.gorgias.com", "a@b.example", Optional.of("k"))))
                .hasFieldOrPropertyWithValue("code", "invalid_helpdesk_account");
        assertThatThrownBy(() -> connections.connect(
                        new ConnectHelpdeskCommand(agent, Helpdesk.ZENDESK, "northwind", "c", Optional.of("s"))))
                .isInstanceOf(AdminsOnlyException.class);
        secrets.unavailable = Optional.of("PARLEY_SECRETS_KEY is not set.");
        assertThatThrownBy(() -> connections.connect(
                        new ConnectHelpdeskCommand(ADMIN, Helpdesk.ZENDESK, "northwind", "c", Optional.of("s"))))
                .isInstanceOf(SecretsKeyMissingException.class);

        assertThat(store.connections).isEmpty();
        assertThat(audit.entries()).isEmpty();
        assertThat(connections.overview(ADMIN).secretsKeyConfigured()).isFalse();
    }

    @Test
    void the_helpdesk_the_ai_agent_hands_off_to_cannot_be_disconnected() {
        connectZendesk();
        target = Optional.of(Helpdesk.ZENDESK);

        assertThatThrownBy(() -> connections.disconnect(ADMIN, Helpdesk.ZENDESK))
                .isInstanceOf(HelpdeskInUseException.class);
        assertThat(connections.connected(Helpdesk.ZENDESK)).isTrue();

        target = Optional.empty();
        connections.disconnect(ADMIN, Helpdesk.ZENDESK);
        assertThat(connections.connected(Helpdesk.ZENDESK)).isFalse();
    }

    @Test
    void a_test_opens_the_secret_for_the_call_and_is_limited_per_admin() {
        assertThatThrownBy(() -> connections.test(ADMIN, Helpdesk.GORGIAS))
                .isInstanceOf(HelpdeskNotConnectedException.class);
        connectZendesk();

        assertThat(connections.test(ADMIN, Helpdesk.ZENDESK).ok()).isTrue();
        assertThat(helpdesk.checked).containsExactly("northwind parley_client s3cret-value");
        connections.test(ADMIN, Helpdesk.ZENDESK);
        assertThatThrownBy(() -> connections.test(ADMIN, Helpdesk.ZENDESK)).isInstanceOf(RateLimitedException.class);
        assertThat(helpdesk.checked).hasSize(2);
    }

    @Test
    void failures_are_retried_with_the_same_key_and_one_ticket_is_made() {
        connectZendesk();
        HandoffId id = queued();
        helpdesk.answers.add(retryable("Zendesk answered 503", Optional.empty()));
        helpdesk.answers.add(retryable("Zendesk answered 503", Optional.empty()));

        runDue();
        clock.advance(Duration.ofSeconds(31));
        runDue();
        clock.advance(Duration.ofSeconds(31));
        runDue();
        clock.advance(Duration.ofSeconds(31));
        runDue();

        assertThat(helpdesk.made)
                .hasSize(3)
                .allSatisfy(packet -> assertThat(packet.handoff()).isEqualTo(id));
        ExternalHandoff done = store.handoffs.get(id);
        assertThat(done.status()).isEqualTo(HandoffStatus.DELIVERED);
        assertThat(done.externalId()).contains("T-3");
        assertThat(helpdesk.made.get(0).question()).isEqualTo("Where is order 1042?");
        assertThat(helpdesk.made.get(0).note())
                .contains("AI agent: It ships today.")
                .contains("Visitor: Anna Nowak <anna@example.com>")
                .contains("- Placed Order at 2026-12-05T09:00:00Z");
        assertThat(helpdesk.made.get(0).name()).contains("Anna Nowak");
        assertThat(fellBack).isEmpty();
    }

    @Test
    void a_handoff_is_queued_once_per_conversation() {
        connectZendesk();
        queued();
        queued();

        assertThat(store.handoffs).hasSize(1);
    }

    @Test
    void an_outage_beyond_every_attempt_falls_back_to_the_inbox_once() {
        connectZendesk();
        queued();
        for (int attempt = 0; attempt < 3; attempt++) {
            helpdesk.answers.add(retryable("Zendesk answered 503", Optional.empty()));
        }

        for (int round = 0; round < 6; round++) {
            runDue();
            clock.advance(Duration.ofMinutes(1));
        }

        assertThat(helpdesk.made).hasSize(3);
        assertThat(fellBack).containsExactly(CONVERSATION + " anna@example.com");
        assertThat(store.handoffs.values().iterator().next().status()).isEqualTo(HandoffStatus.FELL_BACK);
        assertThat(alerts.raised)
                .containsExactly("handoff fell back: Zendesk: Zendesk answered 503")
                .noneMatch(line -> line.contains("anna@example.com"));
    }

    @Test
    void refused_credentials_and_a_disconnected_helpdesk_fall_back_at_once() {
        connectZendesk();
        queued();
        helpdesk.answers.add(new HelpdeskCallFailedException(
                "Zendesk refused the OAuth client (401)", false, Optional.empty(), Optional.of(401)));

        runDue();

        assertThat(helpdesk.made).hasSize(1);
        assertThat(fellBack).hasSize(1);
    }

    @Test
    void a_handoff_to_a_helpdesk_disconnected_meanwhile_calls_nobody_and_falls_back() {
        connectZendesk();
        queued();
        connections.disconnect(ADMIN, Helpdesk.ZENDESK);

        runDue();

        assertThat(helpdesk.made).isEmpty();
        assertThat(fellBack).hasSize(1);
    }

    @Test
    void a_helpdesks_retry_after_longer_than_the_schedule_is_waited_out() {
        connectZendesk();
        queued();
        helpdesk.answers.add(retryable("Zendesk answered 429", Optional.of(Duration.ofSeconds(90))));

        runDue();
        clock.advance(Duration.ofSeconds(60));
        runDue();
        assertThat(helpdesk.made).as("not before the helpdesk's 90 s").hasSize(1);
        clock.advance(Duration.ofSeconds(31));
        runDue();
        assertThat(helpdesk.made).hasSize(2);
    }

    private static HelpdeskCallFailedException retryable(String why, Optional<Duration> after) {
        return new HelpdeskCallFailedException(why, true, after, Optional.empty());
    }

    /** Answers with the queued failures first, then with a ticket. */
    private static final class FakeHelpdesk implements HelpdeskPort {

        final Deque<HelpdeskCallFailedException> answers = new ArrayDeque<>();
        final List<HandoffPacket> made = new ArrayList<>();
        final List<String> checked = new ArrayList<>();

        @Override
        public ExternalTicket createTicket(HelpdeskCredentials credentials, HandoffPacket packet) {
            made.add(packet);
            if (!answers.isEmpty()) {
                throw answers.removeFirst();
            }
            return new ExternalTicket("T-" + made.size(), Optional.empty());
        }

        @Override
        public CheckOutcome check(HelpdeskCredentials credentials) {
            checked.add(credentials.account() + " " + credentials.login() + " " + credentials.secret());
            return new CheckOutcome("connected", Optional.of(200));
        }
    }

    private static final class Store implements HelpdeskConnectionsPort, ExternalHandoffsPort {

        final Map<Helpdesk, HelpdeskConnection> connections = new EnumMap<>(Helpdesk.class);
        final Map<HandoffId, ExternalHandoff> handoffs = new LinkedHashMap<>();

        @Override
        public Optional<HelpdeskConnection> find(Helpdesk helpdesk) {
            return Optional.ofNullable(connections.get(helpdesk));
        }

        @Override
        public List<HelpdeskConnection> all() {
            return List.copyOf(connections.values());
        }

        @Override
        public void save(HelpdeskConnection connection) {
            connections.put(connection.helpdesk(), connection);
        }

        @Override
        public boolean delete(Helpdesk helpdesk) {
            return connections.remove(helpdesk) != null;
        }

        @Override
        public void create(ExternalHandoff handoff) {
            handoffs.put(handoff.id(), handoff);
        }

        @Override
        public void update(ExternalHandoff handoff) {
            handoffs.put(handoff.id(), handoff);
        }

        @Override
        public Optional<ExternalHandoff> findForUpdate(HandoffId id) {
            return Optional.ofNullable(handoffs.get(id));
        }

        @Override
        public Optional<ExternalHandoff> findByConversation(ConversationId conversation) {
            return handoffs.values().stream()
                    .filter(handoff -> handoff.conversation().equals(conversation))
                    .findFirst();
        }

        @Override
        public List<HandoffId> due(Instant now, int limit) {
            return handoffs.values().stream()
                    .filter(handoff -> handoff.isDueAt(now))
                    .map(ExternalHandoff::id)
                    .limit(limit)
                    .toList();
        }
    }
}
