package dev.parley.domain.handoff;

import dev.parley.domain.shared.HandoffReason;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What an external helpdesk gets with a handed-off conversation: who asks (their email, which the helpdesk replies
 * to), a subject, and a private note for the helpdesk's agents with why the AI agent handed off, the transcript, a
 * link to the visitor's profile in Parley and their latest profile events. The note is at most {@value #MAX_BYTES}
 * bytes: the oldest lines of the transcript give way first, and the note says so.
 *
 * @param handoff the handoff's key, the same on every attempt
 * @param email the visitor's address
 * @param name the visitor's name, when known
 * @param question the visitor's first question, for the subject
 * @param reason why the AI agent handed off
 * @param transcript the conversation's lines, oldest first
 * @param recentEvents the visitor's latest profile events, newest first (at most {@value #MAX_EVENTS})
 * @param profileLink the visitor's ticket in Parley's inbox, when Parley knows its own address
 */
public record HandoffPacket(
        HandoffId handoff,
        String email,
        Optional<String> name,
        String question,
        HandoffReason reason,
        List<Line> transcript,
        List<String> recentEvents,
        Optional<String> profileLink) {

    /** The largest note, in UTF-8 bytes. */
    public static final int MAX_BYTES = 32 * 1024;

    /** The most profile events a note lists. */
    public static final int MAX_EVENTS = 5;

    /** The longest subject, in characters. */
    public static final int MAX_SUBJECT = 150;

    /**
     * One line of the transcript.
     *
     * @param who who wrote it: {@code Visitor}, {@code AI agent}, {@code Team} or {@code Parley}
     * @param at when
     * @param text what
     */
    public record Line(String who, Instant at, String text) {

        public Line {
            Objects.requireNonNull(who, "who");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(text, "text");
        }

        String render() {
            return "[" + at + "] " + who + ": " + text;
        }
    }

    public HandoffPacket {
        Objects.requireNonNull(handoff, "handoff");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(reason, "reason");
        transcript = List.copyOf(transcript);
        recentEvents = recentEvents.stream().limit(MAX_EVENTS).toList();
        Objects.requireNonNull(profileLink, "profileLink");
    }

    /** The ticket's subject: the first question, on one line, cut at {@value #MAX_SUBJECT} characters. */
    public String subject() {
        String line = question.replaceAll("\\s+", " ").strip();
        if (line.isEmpty()) {
            return "Chat handed off by the AI agent";
        }
        return line.length() > MAX_SUBJECT ? line.substring(0, MAX_SUBJECT - 1) + "…" : line;
    }

    /** Why, in the helpdesk agents' words. */
    public String reasonText() {
        return switch (reason) {
            case VISITOR_ASKED -> "the visitor asked for a person";
            case NO_ANSWER -> "the store's knowledge had no answer";
            case LOW_CONFIDENCE -> "the AI agent was not sure of its answers";
            case TURN_LIMIT -> "the AI agent answered as many questions as it may";
            case ERROR -> "answering failed";
        };
    }

    /** The private note: head, transcript (the newest lines that fit) and tail, at most {@value #MAX_BYTES} bytes. */
    public String note() {
        StringBuilder head = new StringBuilder()
                .append("Handed off by Parley's AI agent: ")
                .append(reasonText())
                .append(".\nVisitor: ")
                .append(name.map(known -> known + " <" + email + ">").orElse(email))
                .append('\n');
        profileLink.ifPresent(link -> head.append("In Parley: ").append(link).append('\n'));
        StringBuilder tail = new StringBuilder();
        if (!recentEvents.isEmpty()) {
            tail.append("\nLatest activity:\n");
            recentEvents.forEach(event -> tail.append("- ").append(event).append('\n'));
        }
        String dropped = "(earlier messages left out to keep this note short)\n";
        int room = MAX_BYTES - bytes(head) - bytes(tail) - bytes("\nTranscript:\n") - bytes(dropped);
        List<String> kept = new ArrayList<>();
        for (int index = transcript.size() - 1; index >= 0; index--) {
            String line = transcript.get(index).render() + "\n";
            int size = bytes(line);
            if (size > room) {
                break;
            }
            kept.add(0, line);
            room -= size;
        }
        StringBuilder note = new StringBuilder(head).append("\nTranscript:\n");
        if (kept.size() < transcript.size()) {
            note.append(dropped);
        }
        kept.forEach(note::append);
        return note.append(tail).toString();
    }

    private static int bytes(CharSequence text) {
        return text.toString().getBytes(StandardCharsets.UTF_8).length;
    }

    /** Never prints the visitor's address. */
    @Override
    public String toString() {
        return "HandoffPacket[" + handoff + ", " + transcript.size() + " lines]";
    }
}
