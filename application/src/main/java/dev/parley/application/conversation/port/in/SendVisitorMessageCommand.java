package dev.parley.application.conversation.port.in;

import dev.parley.domain.conversation.ClientMessageId;
import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.conversation.Message;
import dev.parley.domain.conversation.MessageText;
import dev.parley.domain.conversation.UploadId;
import dev.parley.domain.shared.VisitorId;
import java.util.Objects;
import java.util.Optional;

/**
 * A visitor sends a message: a text, an image they uploaded, or both.
 *
 * @param visitor who sends it, as established by the transport (never taken from the message)
 * @param clientAddress the address the visitor's connection came from, which per-address limits count
 * @param conversation the conversation the client holds, if any; without it the visitor's open conversation is used,
 *     or a new one starts
 * @param clientMessageId the client's id for this message, which makes retries safe
 * @param text what the visitor wrote, if anything
 * @param image the visitor's upload to show, if any
 * @param linksShown whether the client showed the visitor the store's privacy-policy and terms links before this
 *     message
 * @param language the visitor's language as a BCP 47 tag such as {@code pl-PL}, if known: the welcome and away
 *     messages are in it when the store wrote them in it
 */
public record SendVisitorMessageCommand(
        VisitorId visitor,
        String clientAddress,
        Optional<ConversationId> conversation,
        ClientMessageId clientMessageId,
        Optional<MessageText> text,
        Optional<UploadId> image,
        boolean linksShown,
        Optional<String> language) {

    public SendVisitorMessageCommand {
        Objects.requireNonNull(visitor, "visitor");
        Objects.requireNonNull(clientAddress, "client address");
        Objects.requireNonNull(conversation, "conversation");
        Objects.requireNonNull(clientMessageId, "client message id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(language, "language");
        Message.requireContent(text, image);
    }

    /** A message after which nothing is said about the store's links. */
    public SendVisitorMessageCommand(
            VisitorId visitor,
            String clientAddress,
            Optional<ConversationId> conversation,
            ClientMessageId clientMessageId,
            Optional<MessageText> text,
            Optional<UploadId> image) {
        this(visitor, clientAddress, conversation, clientMessageId, text, image, false, Optional.empty());
    }

    /** A message from a visitor whose language is not known: the store's own texts answer it. */
    public SendVisitorMessageCommand(
            VisitorId visitor,
            String clientAddress,
            Optional<ConversationId> conversation,
            ClientMessageId clientMessageId,
            Optional<MessageText> text,
            Optional<UploadId> image,
            boolean linksShown) {
        this(visitor, clientAddress, conversation, clientMessageId, text, image, linksShown, Optional.empty());
    }

    /** A text message. */
    public SendVisitorMessageCommand(
            VisitorId visitor,
            String clientAddress,
            Optional<ConversationId> conversation,
            ClientMessageId clientMessageId,
            MessageText text) {
        this(
                visitor,
                clientAddress,
                conversation,
                clientMessageId,
                Optional.of(text),
                Optional.empty(),
                false,
                Optional.empty());
    }
}
