package dev.parley.application.notification.port.in;

import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.shared.VisitorId;
import java.util.Objects;
import java.util.Optional;

/**
 * A visitor asks for their ended conversation by email.
 *
 * @param visitor who asks; only their own conversation is sent
 * @param clientAddress where the frame came from, for the per-address limit
 * @param conversation the conversation
 * @param email the address as typed, kept as the visitor's; empty for the one Parley has for them
 */
public record SendTranscriptCommand(
        VisitorId visitor, String clientAddress, ConversationId conversation, Optional<String> email) {

    public SendTranscriptCommand {
        Objects.requireNonNull(visitor, "visitor");
        Objects.requireNonNull(clientAddress, "client address");
        Objects.requireNonNull(conversation, "conversation");
        Objects.requireNonNull(email, "email");
    }

    /** Never prints the address. */
    @Override
    public String toString() {
        return "SendTranscriptCommand[conversation=" + conversation + ", email given=" + email.isPresent() + "]";
    }
}
