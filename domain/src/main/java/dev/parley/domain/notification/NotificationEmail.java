package dev.parley.domain.notification;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The team's email about a new conversation, as facts: who is told, each in the language of their account, who wrote
 * (the store's name for them, or the code that tells an unnamed visitor apart), their first message, and where to
 * answer. Whoever sends it words it in each recipient's language.
 *
 * @param recipients the addresses, at least one, each with the language to write to it in
 * @param visitorName the store's name for the visitor, when it named them
 * @param visitorCode the short code that tells an unnamed visitor apart, such as {@code 5F2A}
 * @param firstMessage the text of the visitor's first message; empty when it was an image alone
 * @param inboxUrl the inbox's address
 * @param conversations how many new conversations the email tells of: 1 for the email about one (the visitor's
 *     name, code and first message tell of it), more for a summary of those gathered while the team's last email
 *     was recent (name, code and first message then say nothing)
 */
public record NotificationEmail(
        List<Recipient> recipients,
        Optional<String> visitorName,
        String visitorCode,
        Optional<String> firstMessage,
        URI inboxUrl,
        int conversations) {

    public NotificationEmail {
        recipients = List.copyOf(recipients);
        if (recipients.isEmpty()) {
            throw new IllegalArgumentException("An email needs a recipient");
        }
        Objects.requireNonNull(visitorName, "visitor name");
        Objects.requireNonNull(visitorCode, "visitor code");
        Objects.requireNonNull(firstMessage, "first message");
        Objects.requireNonNull(inboxUrl, "inbox url");
        if (conversations < 1) {
            throw new IllegalArgumentException("An email tells of at least one conversation");
        }
    }

    /** The email about one new conversation. */
    public NotificationEmail(
            List<Recipient> recipients,
            Optional<String> visitorName,
            String visitorCode,
            Optional<String> firstMessage,
            URI inboxUrl) {
        this(recipients, visitorName, visitorCode, firstMessage, inboxUrl, 1);
    }

    /** The summary of {@code conversations} new conversations, sent when the email window ends. */
    public static NotificationEmail summary(List<Recipient> recipients, int conversations, URI inboxUrl) {
        return new NotificationEmail(recipients, Optional.empty(), "", Optional.empty(), inboxUrl, conversations);
    }

    /** Whether it tells of several conversations at once. */
    public boolean isSummary() {
        return conversations > 1;
    }

    /**
     * One address the email goes to.
     *
     * @param address the email address
     * @param locale the language to write to it in: its agent's account's, or English for an address no agent has
     */
    public record Recipient(String address, Locale locale) {

        public Recipient {
            Objects.requireNonNull(address, "address");
            Objects.requireNonNull(locale, "locale");
        }
    }

    /** Names the recipients' count only; the rest is the visitor's and stays out of logs. */
    @Override
    public String toString() {
        return "NotificationEmail[recipients=" + recipients.size() + ", conversations=" + conversations + "]";
    }
}
