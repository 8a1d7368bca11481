package dev.parley.domain.settings;

import dev.parley.domain.shared.InvalidValueException;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether the team is emailed about new tickets, who is, and how long Parley waits first. A new ticket that no agent
 * has read when the delay has passed, and that is still open, sends one email to every recipient. Enabling needs at
 * least one recipient; the recipients are at most {@value #MAX_RECIPIENTS} plausible addresses, each at most
 * {@value #MAX_ADDRESS_LENGTH} characters, none listed twice in any case; the delay lies between zero and
 * {@link #MAX_DELAY 24 hours}.
 *
 * @param enabled whether new tickets are emailed
 * @param recipients the addresses, stripped, in the admin's order
 * @param delay how long after a ticket opens the email goes out, unless an agent has read the ticket by then
 */
public record EmailNotifications(boolean enabled, List<String> recipients, Duration delay) {

    /** The most recipients a store can have. */
    public static final int MAX_RECIPIENTS = 20;

    /** The longest address, in characters (RFC 5321's path limit). */
    public static final int MAX_ADDRESS_LENGTH = 254;

    /** The longest delay. */
    public static final Duration MAX_DELAY = Duration.ofHours(24);

    // A local part and a dotted domain, without spaces, control characters or the characters that separate addresses
    // or start comments in a mail header.
    private static final Pattern ADDRESS =
            Pattern.compile("[^\\s@<>()\\[\\],;:\"\\\\\\p{Cntrl}]{1,64}@[^\\s@<>()\\[\\],;:\"\\\\\\p{Cntrl}.]+"
                    + "(?:\\.[^\\s@<>()\\[\\],;:\"\\\\\\p{Cntrl}.]+)+");

    public EmailNotifications {
        Objects.requireNonNull(recipients, "recipients");
        Objects.requireNonNull(delay, "delay");
        recipients = recipients.stream().map(EmailNotifications::checkedAddress).toList();
        if (recipients.size() > MAX_RECIPIENTS) {
            throw new InvalidValueException(
                    "too_many_recipients",
                    "At most " + MAX_RECIPIENTS + " addresses can be notified; there are " + recipients.size() + ".");
        }
        Set<String> seen = new HashSet<>();
        for (String address : recipients) {
            if (!seen.add(address.toLowerCase(Locale.ROOT))) {
                throw new InvalidValueException("duplicate_recipient", "'" + address + "' is listed twice.");
            }
        }
        if (enabled && recipients.isEmpty()) {
            throw new InvalidValueException(
                    "email_notifications_need_recipients",
                    "Email notifications can only be turned on with at least one address to notify.");
        }
        if (delay.isNegative() || delay.compareTo(MAX_DELAY) > 0) {
            throw new InvalidValueException(
                    "invalid_notification_delay",
                    "The delay before a new ticket is emailed must be between 0 seconds and 24 hours.");
        }
    }

    /** A new store's: off, nobody to notify, no delay. */
    public static EmailNotifications off() {
        return new EmailNotifications(false, List.of(), Duration.ZERO);
    }

    private static String checkedAddress(String address) {
        Objects.requireNonNull(address, "recipient");
        String stripped = address.strip();
        if (stripped.length() > MAX_ADDRESS_LENGTH || !ADDRESS.matcher(stripped).matches()) {
            String shown = stripped.length() > 60 ? stripped.substring(0, 60) + "…" : stripped;
            throw new InvalidValueException(
                    "invalid_recipient",
                    "'" + shown.replaceAll("\\p{Cntrl}", "?") + "' is not an email address such as team@shop.example.");
        }
        return stripped;
    }
}
