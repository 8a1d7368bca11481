package dev.parley.domain.notification;

import java.net.URI;
import java.util.Objects;

/**
 * The email that tells an agent that a teammate mentioned them in an internal note, as facts: to whom (in the language
 * of their account), who wrote the note, its text, and where to read it. Whoever sends it words it in the recipient's
 * language. Nothing in it comes from a visitor.
 *
 * @param recipient the mentioned agent's address and language
 * @param authorName the display name of the note's author
 * @param noteText the note's text
 * @param inboxUrl the inbox's address
 */
public record MentionEmail(NotificationEmail.Recipient recipient, String authorName, String noteText, URI inboxUrl) {

    public MentionEmail {
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(authorName, "author name");
        Objects.requireNonNull(noteText, "note text");
        Objects.requireNonNull(inboxUrl, "inbox url");
    }

    /** Names nothing that was written: notes stay out of logs. */
    @Override
    public String toString() {
        return "MentionEmail[recipients=1]";
    }
}
