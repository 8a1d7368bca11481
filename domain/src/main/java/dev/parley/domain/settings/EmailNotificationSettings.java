package dev.parley.domain.settings;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The team's notifications of new tickets by email.
 *
 * @param emailNotifications who is emailed about new tickets, and when
 */
public record EmailNotificationSettings(EmailNotifications emailNotifications)
        implements SettingsSection<EmailNotificationSettings> {

    public EmailNotificationSettings {
        Objects.requireNonNull(emailNotifications, "email notifications");
    }

    /** A new store's: nobody is emailed. */
    public static EmailNotificationSettings defaults() {
        return new EmailNotificationSettings(EmailNotifications.off());
    }

    @Override
    public Map<String, Object> changesSince(EmailNotificationSettings before, Instant now) {
        Map<String, Object> changes = new LinkedHashMap<>();
        ChangeSummary.changed(
                changes,
                "emailNotifications",
                ChangeSummary.notifications(before.emailNotifications),
                ChangeSummary.notifications(emailNotifications));
        return changes;
    }
}
