package dev.parley.application.settings.port.in;

import dev.parley.domain.settings.EmailNotifications;
import dev.parley.domain.shared.AgentId;
import java.util.Objects;
import java.util.Optional;

/**
 * An admin changes who is emailed about new tickets, and when; empty leaves it as it is.
 *
 * @param actor the admin
 * @param emailNotifications whether, whom and after how long the team is emailed
 */
public record UpdateEmailNotificationSettingsCommand(AgentId actor, Optional<EmailNotifications> emailNotifications) {

    public UpdateEmailNotificationSettingsCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(emailNotifications, "email notifications");
    }
}
