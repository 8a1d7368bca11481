package dev.parley.domain.conversation;

import dev.parley.domain.shared.HandoffReason;
import java.util.Objects;
import java.util.Optional;

/**
 * What the AI agent did in a conversation, as stored.
 *
 * @param answering whether the AI agent answers this conversation (until it hands it off or it ends)
 * @param answered how many of the visitor's questions it answered
 * @param unsure how many of its last answers in a row it was not sure of
 * @param handoff why it handed the conversation to a person, once it did
 * @param emailAskedFor why it hands the conversation to the store's external helpdesk, while it waits for the
 *     visitor's email address (which that helpdesk replies to)
 */
public record AssistantState(
        boolean answering,
        int answered,
        int unsure,
        Optional<HandoffReason> handoff,
        Optional<HandoffReason> emailAskedFor) {

    /** A conversation the AI agent never answered. */
    public static final AssistantState NONE = new AssistantState(false, 0, 0, Optional.empty());

    /** A state that waits for no email address. */
    public AssistantState(boolean answering, int answered, int unsure, Optional<HandoffReason> handoff) {
        this(answering, answered, unsure, handoff, Optional.empty());
    }

    public AssistantState {
        Objects.requireNonNull(handoff, "handoff");
        Objects.requireNonNull(emailAskedFor, "emailAskedFor");
        if (emailAskedFor.isPresent() && (answering || handoff.isPresent())) {
            throw new IllegalArgumentException("Only a conversation on its way to a helpdesk waits for an address");
        }
        if (answered < 0 || unsure < 0 || unsure > answered) {
            throw new IllegalArgumentException("The AI agent's counts lie between 0 and the answers it gave");
        }
        if (answering && handoff.isPresent()) {
            throw new IllegalArgumentException("The AI agent no longer answers a conversation it handed off");
        }
    }
}
