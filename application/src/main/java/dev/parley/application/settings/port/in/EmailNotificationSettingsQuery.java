package dev.parley.application.settings.port.in;

import dev.parley.domain.settings.EmailNotificationSettings;

/** Driven by the REST adapter when an admin opens the email notification settings. */
public interface EmailNotificationSettingsQuery {

    /** The settings section's name, as the REST API and the settings news name it. */
    String SECTION = "email-notifications";

    /** Who is emailed about new tickets, and when. */
    EmailNotificationSettings emailNotificationSettings();
}
