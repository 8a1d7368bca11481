package dev.parley.application.conversation.port.in;

import dev.parley.domain.conversation.AuthorKind;
import dev.parley.domain.conversation.ConversationEvent;
import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.conversation.ImageRef;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A committed message as clients show it.
 *
 * @param conversation the conversation it belongs to
 * @param seq its sequence number
 * @param clientMessageId the id its sender's client gave it (system messages have none)
 * @param author who wrote it
 * @param authorName the name to show: the agent's display name, or Parley's or the assistant's; absent for the
 *     visitor, whom each client names itself
 * @param text the plain text, absent for an image alone
 * @param image the image it shows, if any
 * @param sentAt when it was committed
 * @param event what a system message records, for clients to word in their own language
 * @param citations what an AI agent's message cites: its sources or its "Did you mean…" choices
 */
public record MessageView(
        ConversationId conversation,
        long seq,
        Optional<String> clientMessageId,
        AuthorKind author,
        Optional<String> authorName,
        Optional<String> text,
        Optional<ImageRef> image,
        Instant sentAt,
        Optional<ConversationEvent> event,
        List<CitationView> citations) {

    /** A message that cites nothing. */
    public MessageView(
            ConversationId conversation,
            long seq,
            Optional<String> clientMessageId,
            AuthorKind author,
            Optional<String> authorName,
            Optional<String> text,
            Optional<ImageRef> image,
            Instant sentAt,
            Optional<ConversationEvent> event) {
        this(conversation, seq, clientMessageId, author, authorName, text, image, sentAt, event, List.of());
    }

    public MessageView {
        citations = List.copyOf(citations);
        Objects.requireNonNull(conversation, "conversation");
        Objects.requireNonNull(clientMessageId, "client message id");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(authorName, "author name");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(sentAt, "sent at");
        Objects.requireNonNull(event, "event");
    }
}
