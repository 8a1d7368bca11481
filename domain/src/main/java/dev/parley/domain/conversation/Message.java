package dev.parley.domain.conversation;

import dev.parley.domain.shared.InvalidValueException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One committed message of a conversation. Its {@code seq} is its place in the conversation: 1 for the first, and
 * every later message has the next number, so a client that holds messages up to {@code n} lacks exactly those after
 * {@code n}. A message has a text, an image, or both; a system message that records an event may have neither, and
 * whoever shows it words the event.
 */
public record Message(
        ConversationId conversationId,
        long seq,
        Optional<ClientMessageId> clientMessageId,
        Author author,
        Optional<MessageText> text,
        Optional<ImageRef> image,
        Instant sentAt,
        Optional<ConversationEvent> event,
        List<Citation> citations) {

    /** What inbox previews show for a message with an image and no text. */
    public static final String IMAGE_PREVIEW = "[image]";

    /** A text message that records no event: what a visitor, an agent or the welcome says. */
    public Message(
            ConversationId conversationId,
            long seq,
            Optional<ClientMessageId> clientMessageId,
            Author author,
            MessageText text,
            Instant sentAt) {
        this(
                conversationId,
                seq,
                clientMessageId,
                author,
                Optional.of(text),
                Optional.empty(),
                sentAt,
                Optional.empty());
    }

    /** A text message, possibly recording an event. */
    public Message(
            ConversationId conversationId,
            long seq,
            Optional<ClientMessageId> clientMessageId,
            Author author,
            MessageText text,
            Instant sentAt,
            Optional<ConversationEvent> event) {
        this(conversationId, seq, clientMessageId, author, Optional.of(text), Optional.empty(), sentAt, event);
    }

    /** A message that cites nothing: every message but the AI agent's answers. */
    public Message(
            ConversationId conversationId,
            long seq,
            Optional<ClientMessageId> clientMessageId,
            Author author,
            Optional<MessageText> text,
            Optional<ImageRef> image,
            Instant sentAt,
            Optional<ConversationEvent> event) {
        this(conversationId, seq, clientMessageId, author, text, image, sentAt, event, List.of());
    }

    public Message {
        citations = Citation.checked(citations);
        if (!citations.isEmpty() && author.kind() != AuthorKind.BOT) {
            throw new IllegalArgumentException("Only the AI agent cites sources");
        }
        Objects.requireNonNull(event, "event");
        if (event.isPresent() && author.kind() != AuthorKind.SYSTEM) {
            throw new IllegalArgumentException("Only Parley itself records events");
        }
        Objects.requireNonNull(conversationId, "conversation id");
        Objects.requireNonNull(clientMessageId, "client message id");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(sentAt, "sent at");
        if (event.isEmpty()) {
            requireContent(text, image);
        }
        if (seq < 1) {
            throw new IllegalArgumentException("A message sequence number starts at 1, not " + seq);
        }
    }

    /**
     * Checks that a message would have something to show: a text, an image or both.
     *
     * @throws InvalidValueException with {@code empty_message} when it has neither
     */
    public static void requireContent(Optional<MessageText> text, Optional<?> image) {
        if (text.isEmpty() && image.isEmpty()) {
            throw new InvalidValueException("empty_message", "A message needs some text or an image.");
        }
    }

    /**
     * Whether sending {@code text} again under this message's client id is the same request repeated.
     *
     * @throws ClientMessageIdReusedException when the id was used for a different text
     */
    public Message confirmRetryOf(MessageText retried) {
        return confirmRetryOf(Optional.of(retried), Optional.empty());
    }

    /**
     * Whether sending this text and image again under this message's client id is the same request repeated: the
     * same text (or none) and the same upload (or none).
     *
     * @throws ClientMessageIdReusedException when the id was used for a different text or image
     */
    public Message confirmRetryOf(Optional<MessageText> retriedText, Optional<UploadId> retriedImage) {
        if (!text.equals(retriedText) || !image.map(ImageRef::upload).equals(retriedImage)) {
            throw new ClientMessageIdReusedException(
                    clientMessageId.map(ClientMessageId::value).orElse(""));
        }
        return this;
    }

    /** The first {@code length} characters of the text, or {@value #IMAGE_PREVIEW} for an image alone. */
    public String preview(int length) {
        return text.map(shown -> shown.preview(length)).orElse(IMAGE_PREVIEW);
    }
}
