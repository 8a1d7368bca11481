package dev.parley.domain.notification;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The facts of the email that carries an ended conversation to the visitor who asked for it: the words are the mail
 * adapter's, in the visitor's language. Only messages: internal notes are never part of it.
 *
 * @param to the address the visitor gave or Parley has for them; never logged
 * @param language the visitor's language (English or Polish; English for any other)
 * @param storeName how the store calls itself in the subject, above its own messages and in the signature
 * @param entries the conversation's messages, oldest first; at least one
 * @param timeZone the store's time zone, in which the times are written
 */
public record TranscriptEmail(String to, Locale language, String storeName, List<Entry> entries, ZoneId timeZone) {

    public TranscriptEmail {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(storeName, "store name");
        entries = List.copyOf(entries);
        if (entries.isEmpty()) {
            throw new IllegalArgumentException("A transcript carries at least one message");
        }
        Objects.requireNonNull(timeZone, "time zone");
    }

    /** Who wrote an entry: the visitor, an agent (by name), or the store itself (its welcome and away messages). */
    public enum Speaker {
        VISITOR,
        AGENT,
        STORE
    }

    /**
     * One message.
     *
     * @param speaker who wrote it
     * @param agentName the agent's name, for an agent's message
     * @param text what was written; empty for an image alone or an event
     * @param image whether it shows an image (the email says so, without the image)
     * @param event the event it records ({@code ended_by_visitor}, {@code closed_by_agent}), worded by the adapter
     * @param sentAt when it was sent
     */
    public record Entry(
            Speaker speaker,
            Optional<String> agentName,
            Optional<String> text,
            boolean image,
            Optional<String> event,
            Instant sentAt) {

        public Entry {
            Objects.requireNonNull(speaker, "speaker");
            Objects.requireNonNull(agentName, "agent name");
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(event, "event");
            Objects.requireNonNull(sentAt, "sent at");
        }
    }

    /** Never prints the address or what was written. */
    @Override
    public String toString() {
        return "TranscriptEmail[entries=" + entries.size() + ", language=" + language + "]";
    }
}
