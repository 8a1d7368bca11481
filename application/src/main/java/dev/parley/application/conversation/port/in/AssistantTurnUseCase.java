package dev.parley.application.conversation.port.in;

import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.shared.HandoffReason;
import java.util.Optional;

/**
 * Driven by the store's AI agent: the questions it is due to answer, its answers and its handoffs. Each runs in its own
 * transaction that locks the conversation; an answer or a handoff that comes too late (the visitor asked again, asked
 * for a person, or ended the chat meanwhile) changes nothing.
 */
public interface AssistantTurnUseCase {

    /**
     * The visitor's question {@code seq}, when the AI agent answers the conversation and that question is still its last
     * message.
     */
    Optional<AssistantTurn> turn(ConversationId conversation, long seq);

    /**
     * Posts the AI agent's answer to the question the command names.
     *
     * @return whether it was posted
     */
    boolean reply(AssistantReplyCommand command);

    /**
     * Hands the conversation to the team (or gives the visitor the store's handoff message and ends it), when the AI
     * agent still answers it and {@code seq} is still its last message.
     *
     * @param language the visitor's language as a BCP 47 tag, for the welcome and away messages
     * @return whether it was handed off
     */
    boolean handOff(ConversationId conversation, long seq, HandoffReason reason, Optional<String> language);
}
