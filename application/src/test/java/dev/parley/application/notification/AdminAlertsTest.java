package dev.parley.application.notification;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.application.conversation.MovableClock;
import dev.parley.application.notification.port.in.NotificationPolicy;
import dev.parley.application.notification.port.out.AdminAlertsPort;
import dev.parley.application.shared.TwoNodes;
import dev.parley.application.team.port.in.ListTeamQuery;
import dev.parley.application.team.port.in.TeamMember;
import dev.parley.domain.notification.AdminAlert;
import dev.parley.domain.notification.AdminAlertEmail;
import dev.parley.domain.notification.AdminAlertKind;
import dev.parley.domain.notification.NotificationStatus;
import dev.parley.domain.shared.AgentId;
import dev.parley.domain.shared.RetrySchedule;
import dev.parley.domain.team.Role;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AdminAlertsTest {

    private final MovableClock clock = new MovableClock(Instant.parse("2026-12-06T10:00:00Z"));
    private final RecordingMailer mailer = new RecordingMailer();
    private final Rows rows = new Rows();
    private final List<TeamMember> team = new ArrayList<>();
    private final AgentId ada = member("ada@shop.example", Role.ADMIN, false);
    private final AgentId bogna = member("bogna@shop.example", Role.ADMIN, false);
    private final NotificationPolicy policy = new NotificationPolicy(
            URI.create("https://chat.shop.example"),
            RetrySchedule.every(Duration.ofSeconds(30)),
            Duration.ofMinutes(5),
            20);
    private final AdminAlertOutbox outbox = new AdminAlertOutbox(
            rows,
            mailer,
            new Team(),
            addresses -> addresses.contains("bogna@shop.example")
                    ? Map.of("bogna@shop.example", Locale.forLanguageTag("pl"))
                    : Map.of(),
            policy,
            clock);
    private final AdminAlertDeliveryService delivery = new AdminAlertDeliveryService(outbox, mailer);

    {
        member("alan@shop.example", Role.AGENT, false);
        member("old@shop.example", Role.ADMIN, true);
    }

    private AgentId member(String email, Role role, boolean deactivated) {
        AgentId id = AgentId.random();
        team.add(new TeamMember(id, email, email, role, clock.instant(), deactivated));
        return id;
    }

    @Test
    void every_active_admin_is_emailed_once_in_their_language_with_a_link_to_the_settings() {
        outbox.alert(AdminAlertKind.WEBHOOK_DISABLED, "hooks.example.com", "its receiver answered 410 Gone");

        assertThat(delivery.deliverDue()).isEqualTo(2);
        assertThat(delivery.deliverDue()).as("once").isZero();

        assertThat(mailer.alerts())
                .extracting(email -> email.recipient().address())
                .containsExactlyInAnyOrder("ada@shop.example", "bogna@shop.example");
        AdminAlertEmail toBogna = mailer.alerts().stream()
                .filter(email -> email.recipient().address().equals("bogna@shop.example"))
                .findFirst()
                .orElseThrow();
        assertThat(toBogna.recipient().locale().getLanguage()).isEqualTo("pl");
        assertThat(toBogna.settingsUrl()).hasToString("https://chat.shop.example/inbox/#/settings/webhooks");
    }

    @Test
    void a_failed_email_is_tried_again_and_an_admin_who_left_is_not_emailed() {
        outbox.alert(AdminAlertKind.HANDOFF_FELL_BACK, "Zendesk", "Zendesk answered 503");
        mailer.down(true);

        assertThat(delivery.deliverDue()).isZero();

        mailer.down(false);
        team.removeIf(member -> member.id().equals(bogna));
        team.add(new TeamMember(bogna, "bogna@shop.example", "Bogna", Role.ADMIN, clock.instant(), true));
        clock.advance(Duration.ofSeconds(31));
        assertThat(delivery.deliverDue()).isEqualTo(1);
        assertThat(mailer.alerts()).singleElement().satisfies(email -> {
            assertThat(email.recipient().address()).isEqualTo("ada@shop.example");
            assertThat(email.settingsUrl()).hasToString("https://chat.shop.example/inbox/#/settings/handoff");
        });
        assertThat(rows.alerts.values())
                .extracting(AdminAlert::status)
                .containsExactlyInAnyOrder(NotificationStatus.SENT, NotificationStatus.DROPPED);
    }

    @Test
    void the_same_alert_is_emailed_at_most_once_an_hour() {
        outbox.alert(AdminAlertKind.HANDOFF_FELL_BACK, "Zendesk", "Zendesk answered 503");
        outbox.alert(AdminAlertKind.HANDOFF_FELL_BACK, "Zendesk", "Zendesk answered 502");
        outbox.alert(AdminAlertKind.HANDOFF_FELL_BACK, "Gorgias", "Gorgias answered 503");
        assertThat(rows.alerts).as("two admins, two helpdesks").hasSize(4);

        clock.advance(Duration.ofMinutes(61));
        outbox.alert(AdminAlertKind.HANDOFF_FELL_BACK, "Zendesk", "Zendesk answered 503");
        assertThat(rows.alerts).hasSize(6);
    }

    @Test
    void two_nodes_raising_the_same_alert_at_once_email_every_admin_once() {
        AdminAlertOutbox otherNode =
                new AdminAlertOutbox(rows, mailer, new Team(), addresses -> Map.of(), policy, clock);
        List<String> otherNodeRaised = new ArrayList<>();
        rows.nodes.meanwhile(() -> {
            otherNodeRaised.add("Zendesk");
            otherNode.alert(AdminAlertKind.HANDOFF_FELL_BACK, "Zendesk", "Zendesk answered 503");
        });

        rows.nodes.transaction(() -> outbox.alert(AdminAlertKind.HANDOFF_FELL_BACK, "Zendesk", "Zendesk answered 502"));

        assertThat(otherNodeRaised).as("the other node raised it too").containsExactly("Zendesk");
        assertThat(rows.alerts.values()).extracting(AdminAlert::admin).containsExactlyInAnyOrder(ada, bogna);
        assertThat(delivery.deliverDue()).isEqualTo(2);
    }

    @Test
    void a_late_outcome_never_moves_a_finished_alert() {
        outbox.alert(AdminAlertKind.WEBHOOK_DISABLED, "hooks.example.com", "its receiver answered 410 Gone");
        UUID toAda = alertTo(ada);
        UUID toBogna = alertTo(bogna);
        team.removeIf(member -> member.id().equals(bogna));
        assertThat(delivery.deliverDue()).isEqualTo(1);

        // Attempts that outlived their lease, while another worker took the alerts again, report at last.
        outbox.failed(toAda, "Read timed out");
        outbox.sent(toBogna);

        assertThat(rows.alerts.get(toAda).status()).isEqualTo(NotificationStatus.SENT);
        assertThat(rows.alerts.get(toAda).lastError()).isEmpty();
        assertThat(rows.alerts.get(toBogna).status()).isEqualTo(NotificationStatus.DROPPED);
        assertThat(rows.alerts.get(toBogna).sentAt()).isEmpty();
    }

    private UUID alertTo(AgentId admin) {
        return rows.alerts.values().stream()
                .filter(alert -> alert.admin().equals(admin))
                .findFirst()
                .orElseThrow()
                .id();
    }

    @Test
    void without_a_mail_server_nothing_is_kept() {
        mailer.unconfigured();

        outbox.alert(AdminAlertKind.WEBHOOK_DISABLED, "hooks.example.com", "gone");

        assertThat(rows.alerts).isEmpty();
        assertThat(ada).isNotNull();
    }

    private final class Team implements ListTeamQuery {

        @Override
        public List<TeamMember> listTeam(boolean includingDeactivated) {
            return team.stream()
                    .filter(member -> includingDeactivated || !member.deactivated())
                    .toList();
        }

        @Override
        public Optional<TeamMember> member(AgentId id) {
            return team.stream().filter(member -> member.id().equals(id)).findFirst();
        }
    }

    /** The alerts' rows, on one database with another node. */
    private static final class Rows implements AdminAlertsPort {

        final Map<UUID, AdminAlert> alerts = new LinkedHashMap<>();
        final TwoNodes nodes = new TwoNodes();

        @Override
        public void create(AdminAlert alert) {
            alerts.put(alert.id(), alert);
        }

        @Override
        public void update(AdminAlert alert) {
            alerts.put(alert.id(), alert);
        }

        @Override
        public Optional<AdminAlert> findForUpdate(UUID id) {
            return Optional.ofNullable(alerts.get(id));
        }

        @Override
        public boolean raisedSinceForAdding(AdminAlertKind kind, String about, Instant since) {
            nodes.lockTheStore();
            boolean raised = alerts.values().stream()
                    .anyMatch(alert -> alert.kind() == kind
                            && alert.about().equals(about)
                            && !alert.createdAt().isBefore(since));
            nodes.read();
            return raised;
        }

        @Override
        public List<AdminAlert> due(Instant now, int limit) {
            return alerts.values().stream()
                    .filter(alert -> alert.isDueAt(now))
                    .limit(limit)
                    .toList();
        }
    }
}
