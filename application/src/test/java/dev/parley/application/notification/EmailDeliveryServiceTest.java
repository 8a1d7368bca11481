package dev.parley.application.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.application.conversation.MovableClock;
import dev.parley.application.conversation.WindowedAdmissions;
import dev.parley.application.notification.port.in.EmailDeliveryUseCase.TestEmailOutcome;
import dev.parley.application.notification.port.in.MailServerMissingException;
import dev.parley.application.notification.port.in.NotificationPolicy;
import dev.parley.application.notification.port.in.TestEmailLimits;
import dev.parley.application.team.InMemoryTeam;
import dev.parley.application.team.port.in.AdminAddressQuery.AdminAddress;
import dev.parley.domain.notification.NotificationEmail;
import dev.parley.domain.shared.AgentId;
import dev.parley.domain.shared.RateLimit;
import dev.parley.domain.shared.RateLimitedException;
import dev.parley.domain.team.AdminsOnlyException;
import dev.parley.domain.team.Role;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EmailDeliveryServiceTest {

    private static final AgentId ADMIN = AgentId.random();

    private final MovableClock clock = new MovableClock(Instant.parse("2026-12-05T10:00:00Z"));
    private final RecordingMailer mail = new RecordingMailer();
    private final InMemoryTeam team = InMemoryTeam.withAdmin(ADMIN, "Ada");
    private final EmailDeliveryService service = new EmailDeliveryService(
            mail,
            admin -> team.findById(admin)
                    .filter(agent -> agent.isActive() && agent.role() == Role.ADMIN)
                    .map(agent -> new AdminAddress(
                            agent.email().value(), agent.locale().toLocale()))
                    .orElseThrow(AdminsOnlyException::new),
            NotificationPolicy.standard(URI.create("https://chat.shop.example")),
            new WindowedAdmissions(clock),
            new TestEmailLimits(new RateLimit("test_emails_per_admin", 3, Duration.ofMinutes(10))));

    @Test
    void says_whether_a_mail_server_is_configured() {
        assertThat(service.delivery().canSend()).isTrue();
        mail.unconfigured();
        assertThat(service.delivery().canSend()).isFalse();
    }

    @Test
    void sends_the_test_email_to_the_admins_own_address_in_their_language() {
        TestEmailOutcome outcome = service.sendTest(ADMIN);

        assertThat(outcome).isEqualTo(new TestEmailOutcome(ADMIN + "@shop.example", Optional.empty()));
        assertThat(mail.tests())
                .containsExactly(new NotificationEmail.Recipient(ADMIN + "@shop.example", Locale.ENGLISH));
    }

    @Test
    void answers_the_mail_servers_refusal_instead_of_throwing_it() {
        mail.down(true);

        TestEmailOutcome outcome = service.sendTest(ADMIN);

        assertThat(outcome.sent()).isFalse();
        assertThat(outcome.failure()).contains("MailConnectException: Couldn't connect to host");
        assertThat(mail.tests()).isEmpty();
    }

    @Test
    void refuses_without_a_mail_server_and_sends_nothing() {
        mail.unconfigured();

        assertThatThrownBy(() -> service.sendTest(ADMIN))
                .isInstanceOf(MailServerMissingException.class)
                .hasFieldOrPropertyWithValue("code", "smtp_not_configured");
        assertThat(mail.tests()).isEmpty();
    }

    @Test
    void refuses_an_agent_who_is_no_admin_and_sends_nothing() {
        AgentId agent = team.addAgent("Bob");

        assertThatThrownBy(() -> service.sendTest(agent)).isInstanceOf(AdminsOnlyException.class);
        assertThatThrownBy(() -> service.sendTest(AgentId.random())).isInstanceOf(AdminsOnlyException.class);
        assertThat(mail.tests()).isEmpty();
    }

    @Test
    void counts_test_emails_per_admin_up_to_the_limit_then_recovers_after_the_window() {
        for (int i = 0; i < 3; i++) {
            assertThat(service.sendTest(ADMIN).sent()).isTrue();
        }

        assertThatThrownBy(() -> service.sendTest(ADMIN)).isInstanceOf(RateLimitedException.class);
        assertThat(mail.tests()).as("the refused one was not sent").hasSize(3);

        clock.advance(Duration.ofMinutes(10).plusSeconds(1));
        assertThat(service.sendTest(ADMIN).sent()).isTrue();
        assertThat(mail.tests()).hasSize(4);
    }
}
