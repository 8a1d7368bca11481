package dev.parley.application.settings.port.in;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * The team's email notifications of new tickets.
 *
 * @param enabled whether new tickets are emailed
 * @param recipients the addresses to email
 * @param delay how long after a ticket opens the email goes out, unless an agent has read the ticket
 */
public record NewTicketEmails(boolean enabled, List<String> recipients, Duration delay) {

    public NewTicketEmails {
        recipients = List.copyOf(recipients);
        Objects.requireNonNull(delay, "delay");
    }
}
