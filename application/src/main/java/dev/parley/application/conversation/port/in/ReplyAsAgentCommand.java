package dev.parley.application.conversation.port.in;

import dev.parley.domain.conversation.ClientMessageId;
import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.conversation.MessageText;
import dev.parley.domain.shared.AgentId;
import java.util.Objects;

/**
 * An agent replies in a conversation.
 *
 * @param agent the signed-in agent, as established by the transport
 * @param conversation the conversation replied to
 * @param clientMessageId the client's id for this message, which makes retries safe
 * @param text the reply
 */
public record ReplyAsAgentCommand(AgentId agent, ConversationId conversation, ClientMessageId clientMessageId,
        MessageText text) {

    public ReplyAsAgentCommand {
        Objects.requireNonNull(agent, "agent");
        Objects.requireNonNull(conversation, "conversation");
        Objects.requireNonNull(clientMessageId, "client message id");
        Objects.requireNonNull(text, "text");
    }
}
