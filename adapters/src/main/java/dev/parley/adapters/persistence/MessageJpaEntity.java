package dev.parley.adapters.persistence;

import dev.parley.domain.conversation.Author;
import dev.parley.domain.conversation.AuthorKind;
import dev.parley.domain.conversation.ClientMessageId;
import dev.parley.domain.conversation.ConversationEvent;
import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.conversation.ImageRef;
import dev.parley.domain.conversation.ImageType;
import dev.parley.domain.conversation.Message;
import dev.parley.domain.conversation.MessageText;
import dev.parley.domain.conversation.UploadId;
import dev.parley.domain.shared.AgentId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@Entity(name = "Message")
@Table(name = "message")
class MessageJpaEntity {

    @Id
    @Column(name = "id")
    String id;

    @Column(name = "conversation_id", nullable = false)
    String conversationId;

    @Column(name = "seq", nullable = false)
    long seq;

    @Column(name = "client_message_id")
    String clientMessageId;

    @Column(name = "author_kind", nullable = false)
    String authorKind;

    @Column(name = "author_agent_id")
    String authorAgentId;

    /**
     * Who sent it, for client message ids, which are unique per sender: {@code visitor}, {@code system}, {@code bot}
     * or the agent's id.
     */
    @Column(name = "sender", nullable = false)
    String sender;

    /** The text; null for a message that shows an image alone. */
    @Column(name = "body")
    String body;

    @Column(name = "image_id")
    String imageId;

    @Column(name = "sent_at", nullable = false)
    LocalDateTime sentAt;

    @Column(name = "event")
    String event;

    @Column(name = "citations")
    String citations;

    static MessageJpaEntity from(Message message) {
        MessageJpaEntity entity = new MessageJpaEntity();
        entity.id = UUID.randomUUID().toString();
        entity.conversationId = message.conversationId().toString();
        entity.seq = message.seq();
        entity.clientMessageId =
                message.clientMessageId().map(ClientMessageId::value).orElse(null);
        entity.authorKind = message.author().kind().name();
        entity.authorAgentId = message.author().agent().map(AgentId::toString).orElse(null);
        entity.sender = senderOf(message.author());
        entity.body = message.text().map(MessageText::value).orElse(null);
        entity.imageId = message.image().map(image -> image.upload().toString()).orElse(null);
        entity.sentAt = UtcTimes.toColumn(message.sentAt());
        entity.event = message.event().map(ConversationEvent::name).orElse(null);
        entity.citations = CitationsJson.write(message.citations());
        return entity;
    }

    /** The {@code sender} column's value for an author. */
    static String senderOf(Author author) {
        return author.agent().map(AgentId::toString).orElse(author.kind().name().toLowerCase(Locale.ROOT));
    }

    /**
     * The message this row holds.
     *
     * @param imageTypes the kind of each image, by upload id (the message row holds only the id)
     */
    Message toDomain(Map<String, ImageType> imageTypes) {
        AuthorKind kind = AuthorKind.valueOf(authorKind);
        Author author =
                kind == AuthorKind.AGENT ? Author.agent(AgentId.of(authorAgentId)) : new Author(kind, Optional.empty());
        return new Message(
                new ConversationId(UUID.fromString(conversationId)),
                seq,
                Optional.ofNullable(clientMessageId).map(ClientMessageId::new),
                author,
                Optional.ofNullable(body).map(MessageText::new),
                Optional.ofNullable(imageId).map(image -> new ImageRef(UploadId.parse(image), imageTypes.get(image))),
                UtcTimes.fromColumn(sentAt),
                Optional.ofNullable(event).map(ConversationEvent::valueOf),
                CitationsJson.read(citations));
    }
}
