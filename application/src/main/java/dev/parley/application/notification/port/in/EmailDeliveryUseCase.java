package dev.parley.application.notification.port.in;

import dev.parley.domain.shared.AgentId;
import java.util.Objects;
import java.util.Optional;

/**
 * Driven by the settings' REST adapter: whether this installation can email the team at all, and a test email that
 * shows an admin it does.
 */
public interface EmailDeliveryUseCase {

    /** Whether a mail server is configured; without one the team's emails wait until there is. */
    EmailDelivery delivery();

    /**
     * Sends a test email to the admin's own address, in their account's language, through the store's mail server.
     *
     * @return where it went, and the mail server's refusal when it did not go
     * @throws dev.parley.domain.team.AdminsOnlyException when {@code admin} is not an active admin
     * @throws dev.parley.domain.shared.RateLimitedException when the admin sent too many test emails lately
     * @throws MailServerMissingException when no mail server is configured
     */
    TestEmailOutcome sendTest(AgentId admin);

    /**
     * Whether the team's emails can go out.
     *
     * @param canSend a mail server is configured ({@code PARLEY_SMTP_HOST})
     */
    record EmailDelivery(boolean canSend) {}

    /**
     * A test email's fate.
     *
     * @param address where it was sent
     * @param failure the mail server's answer when it was not accepted, without secrets; empty when it was
     */
    record TestEmailOutcome(String address, Optional<String> failure) {

        public TestEmailOutcome {
            Objects.requireNonNull(address, "address");
            Objects.requireNonNull(failure, "failure");
        }

        public boolean sent() {
            return failure.isEmpty();
        }
    }
}
