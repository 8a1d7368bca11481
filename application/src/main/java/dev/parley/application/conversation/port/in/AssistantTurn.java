package dev.parley.application.conversation.port.in;

import dev.parley.domain.conversation.ConversationId;
import java.util.List;
import java.util.Objects;

/**
 * A visitor's question that the store's AI agent is due to answer.
 *
 * @param conversation the conversation
 * @param seq the question's sequence number, the conversation's last
 * @param question the question's text
 * @param answered how many questions the AI agent answered in this conversation before
 * @param unsure how many of its last answers in a row it was not sure of
 * @param earlier the last few texts of the conversation before the question, oldest first: the visitor's, the team's
 *     and the AI agent's, never Parley's own notices (at most {@value #EARLIER})
 */
public record AssistantTurn(
        ConversationId conversation, long seq, String question, int answered, int unsure, List<Earlier> earlier) {

    /** The most earlier texts a turn carries. */
    public static final int EARLIER = 6;

    /** Who wrote an earlier text of the conversation. */
    public enum Speaker {
        VISITOR,
        TEAM,
        AI
    }

    /**
     * An earlier text of the conversation.
     *
     * @param speaker who wrote it
     * @param text what they wrote
     */
    public record Earlier(Speaker speaker, String text) {

        public Earlier {
            Objects.requireNonNull(speaker, "speaker");
            Objects.requireNonNull(text, "text");
        }
    }

    public AssistantTurn {
        Objects.requireNonNull(conversation, "conversation");
        Objects.requireNonNull(question, "question");
        earlier = List.copyOf(earlier);
    }

    /** A turn whose conversation had nothing before the question worth showing. */
    public AssistantTurn(ConversationId conversation, long seq, String question, int answered, int unsure) {
        this(conversation, seq, question, answered, unsure, List.of());
    }
}
