package dev.parley.domain.notification;

import java.net.URI;
import java.util.Objects;

/**
 * The email that tells an admin something stopped working on its own, in their language.
 *
 * @param recipient the admin
 * @param kind what happened
 * @param about what stopped working (a webhook's address, a helpdesk's name)
 * @param detail why
 * @param settingsUrl where the admin sees it and puts it right
 */
public record AdminAlertEmail(
        NotificationEmail.Recipient recipient, AdminAlertKind kind, String about, String detail, URI settingsUrl) {

    public AdminAlertEmail {
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(about, "about");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(settingsUrl, "settingsUrl");
    }
}
