package dev.parley.adapters.persistence;

import dev.parley.domain.conversation.Author;
import dev.parley.domain.conversation.AuthorKind;
import dev.parley.domain.conversation.ClientMessageId;
import dev.parley.domain.conversation.ConversationEvent;
import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.conversation.Message;
import dev.parley.domain.conversation.MessageText;
import dev.parley.domain.shared.AgentId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
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

    @Column(name = "body", nullable = false)
    String body;

    @Column(name = "sent_at", nullable = false)
    LocalDateTime sentAt;

    @Column(name = "event")
    String event;

    static MessageJpaEntity from(Message message) {
        MessageJpaEntity entity = new MessageJpaEntity();
        entity.id = UUID.randomUUID().toString();
        entity.conversationId = message.conversationId().toString();
        entity.seq = message.seq();
        entity.clientMessageId = message.clientMessageId().map(ClientMessageId::value).orElse(null);
        entity.authorKind = message.author().kind().name();
        entity.authorAgentId = message.author().agent().map(AgentId::toString).orElse(null);
        entity.body = message.text().value();
        entity.sentAt = UtcTimes.toColumn(message.sentAt());
        entity.event = message.event().map(ConversationEvent::name).orElse(null);
        return entity;
    }

    Message toDomain() {
        AuthorKind kind = AuthorKind.valueOf(authorKind);
        Author author = kind == AuthorKind.AGENT ? Author.agent(AgentId.of(authorAgentId))
                : new Author(kind, Optional.empty());
        return new Message(new ConversationId(UUID.fromString(conversationId)), seq,
                Optional.ofNullable(clientMessageId).map(ClientMessageId::new), author, new MessageText(body),
                UtcTimes.fromColumn(sentAt), Optional.ofNullable(event).map(ConversationEvent::valueOf));
    }
}
