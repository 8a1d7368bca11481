package dev.parley.application.conversation.port.in;

import dev.parley.domain.conversation.ConversationId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** A conversation as plain lines, for a helpdesk it is handed to; driven by the handoff. */
public interface TranscriptQuery {

    /** The most lines a transcript holds: the newest ones. */
    int MAX_LINES = 400;

    /**
     * The conversation's texts, oldest first: the visitor's, the team's, the AI agent's and Parley's worded notices.
     *
     * @throws dev.parley.domain.conversation.ConversationNotFoundException when there is no such conversation
     */
    List<TranscriptLine> transcript(ConversationId conversation);

    /**
     * One line.
     *
     * @param who {@code Visitor}, {@code Team}, {@code AI agent} or {@code Parley}
     * @param visitor whether the visitor wrote it
     */
    record TranscriptLine(String who, boolean visitor, Instant at, String text) {

        public TranscriptLine {
            Objects.requireNonNull(who, "who");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(text, "text");
        }
    }
}
