package dev.parley.application.conversation;

import dev.parley.application.conversation.port.out.AppendMessagePort;
import dev.parley.application.conversation.port.out.LoadConversationPort;
import dev.parley.application.conversation.port.out.LoadMessagesPort;
import dev.parley.application.conversation.port.out.SaveConversationPort;
import dev.parley.domain.conversation.Author;
import dev.parley.domain.conversation.Channel;
import dev.parley.domain.conversation.ClientMessageId;
import dev.parley.domain.conversation.Conversation;
import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.conversation.ConversationStage;
import dev.parley.domain.conversation.Message;
import dev.parley.domain.conversation.StoredConversation;
import dev.parley.domain.shared.AgentId;
import dev.parley.domain.shared.VisitorId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Conversations and messages kept in memory, stored as copies the way a database would. */
class InMemoryConversations implements LoadConversationPort, SaveConversationPort, LoadMessagesPort, AppendMessagePort {

    private final Map<ConversationId, Conversation> conversations = new LinkedHashMap<>();
    private final List<Message> messages = new ArrayList<>();

    @Override
    public Optional<Conversation> find(ConversationId id) {
        return Optional.ofNullable(conversations.get(id)).map(InMemoryConversations::copy);
    }

    @Override
    public Optional<Conversation> findForUpdate(ConversationId id) {
        return find(id);
    }

    @Override
    public void lockVisitor(VisitorId visitor) {
        // One thread at a time in these tests: nothing to lock.
    }

    @Override
    public Optional<Conversation> findOpenForUpdate(VisitorId visitor, Channel channel) {
        return conversations.values().stream()
                .filter(c -> c.belongsTo(visitor) && c.channel() == channel && c.isOpen())
                .findFirst()
                .map(InMemoryConversations::copy);
    }

    @Override
    public void create(Conversation conversation) {
        if (findOpenForUpdate(conversation.visitor(), conversation.channel()).isPresent()) {
            throw new IllegalStateException("a second open conversation for one visitor and channel");
        }
        conversations.put(conversation.id(), copy(conversation));
    }

    @Override
    public void update(Conversation conversation) {
        conversations.put(conversation.id(), copy(conversation));
    }

    @Override
    public List<Message> after(ConversationId conversation, long afterSeq, int limit) {
        return messages.stream()
                .filter(m -> m.conversationId().equals(conversation) && m.seq() > afterSeq)
                .sorted(Comparator.comparingLong(Message::seq))
                .limit(limit)
                .toList();
    }

    @Override
    public Optional<Message> findSentByVisitor(VisitorId visitor, ClientMessageId clientMessageId) {
        return messages.stream()
                .filter(m -> m.clientMessageId().equals(Optional.of(clientMessageId))
                        && m.author().equals(Author.visitor())
                        && conversations.get(m.conversationId()).belongsTo(visitor))
                .findFirst();
    }

    @Override
    public Optional<Message> findSentByAgent(
            ConversationId conversation, AgentId agent, ClientMessageId clientMessageId) {
        return messages.stream()
                .filter(m -> m.conversationId().equals(conversation)
                        && m.author().equals(Author.agent(agent))
                        && m.clientMessageId().equals(Optional.of(clientMessageId)))
                .findFirst();
    }

    @Override
    public void append(Message message) {
        boolean taken = messages.stream()
                .anyMatch(m -> m.conversationId().equals(message.conversationId()) && m.seq() == message.seq());
        if (taken) {
            throw new IllegalStateException("sequence number " + message.seq() + " is taken");
        }
        messages.add(message);
    }

    List<Message> all() {
        return List.copyOf(messages);
    }

    List<Conversation> conversations() {
        return conversations.values().stream().map(InMemoryConversations::copy).toList();
    }

    private static Conversation copy(Conversation c) {
        return Conversation.reconstitute(new StoredConversation(
                c.id(),
                c.visitor(),
                c.channel(),
                c.startedAt(),
                c.status(),
                c.lastSeq(),
                c.closedAt().orElse(null),
                c.visitorSeenSeq(),
                c.agentSeenSeq(),
                c.stage() == ConversationStage.LIVE
                        || (c.stage() == ConversationStage.CLOSED
                                && !c.assistant().answering()),
                c.awayReplied(),
                c.linksShown(),
                c.assistant()));
    }
}
