package dev.parley.application.conversation.port.in;

import dev.parley.domain.conversation.ClientMessageId;
import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.conversation.Message;
import dev.parley.domain.conversation.MessageText;
import dev.parley.domain.conversation.UploadId;
import dev.parley.domain.shared.AgentId;
import java.util.Objects;
import java.util.Optional;

/**
 * An agent replies in a conversation: a text, an image an agent uploaded, or both.
 *
 * @param agent the signed-in agent, as established by the transport
 * @param conversation the conversation replied to
 * @param clientMessageId the client's id for this message, which makes retries safe
 * @param text the reply, if any
 * @param image an agent's upload to show, if any
 */
public record ReplyAsAgentCommand(
        AgentId agent,
        ConversationId conversation,
        ClientMessageId clientMessageId,
        Optional<MessageText> text,
        Optional<UploadId> image) {

    public ReplyAsAgentCommand {
        Objects.requireNonNull(agent, "agent");
        Objects.requireNonNull(conversation, "conversation");
        Objects.requireNonNull(clientMessageId, "client message id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(image, "image");
        Message.requireContent(text, image);
    }

    /** A text reply. */
    public ReplyAsAgentCommand(
            AgentId agent, ConversationId conversation, ClientMessageId clientMessageId, MessageText text) {
        this(agent, conversation, clientMessageId, Optional.of(text), Optional.empty());
    }
}
