package dev.parley.domain.conversation;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One committed message of a conversation. Its {@code seq} is its place in the conversation: 1 for the first, and
 * every later message has the next number, so a client that holds messages up to {@code n} lacks exactly those after
 * {@code n}.
 */
public record Message(
        ConversationId conversationId,
        long seq,
        Optional<ClientMessageId> clientMessageId,
        Author author,
        MessageText text,
        Instant sentAt,
        Optional<ConversationEvent> event) {

    /** A message that records no event: what a visitor, an agent or the welcome says. */
    public Message(ConversationId conversationId, long seq, Optional<ClientMessageId> clientMessageId, Author author,
            MessageText text, Instant sentAt) {
        this(conversationId, seq, clientMessageId, author, text, sentAt, Optional.empty());
    }

    public Message {
        Objects.requireNonNull(event, "event");
        if (event.isPresent() && author.kind() != AuthorKind.SYSTEM) {
            throw new IllegalArgumentException("Only Parley itself records events");
        }
        Objects.requireNonNull(conversationId, "conversation id");
        Objects.requireNonNull(clientMessageId, "client message id");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(sentAt, "sent at");
        if (seq < 1) {
            throw new IllegalArgumentException("A message sequence number starts at 1, not " + seq);
        }
    }

    /**
     * Whether sending {@code text} again under this message's client id is the same request repeated.
     *
     * @throws ClientMessageIdReusedException when the id was used for a different text
     */
    public Message confirmRetryOf(MessageText retried) {
        if (!text.equals(retried)) {
            throw new ClientMessageIdReusedException(clientMessageId.map(ClientMessageId::value).orElse(""));
        }
        return this;
    }
}
