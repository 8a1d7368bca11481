package dev.parley.application.ticket;

import dev.parley.application.conversation.port.in.CloseConversationUseCase;
import dev.parley.application.conversation.port.in.ConversationHistoryQuery;
import dev.parley.application.conversation.port.in.ConversationView;
import dev.parley.application.conversation.port.in.HoldConversationUseCase;
import dev.parley.application.conversation.port.in.MessageView;
import dev.parley.application.conversation.port.in.RecordAgentSeenUseCase;
import dev.parley.domain.conversation.AuthorKind;
import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.conversation.ConversationNotFoundException;
import dev.parley.domain.conversation.ConversationStage;
import dev.parley.domain.conversation.ConversationStatus;
import dev.parley.domain.shared.VisitorId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.LongStream;

/**
 * The conversation context as the helpdesk reaches it, through its driving ports: conversations reduced to their last
 * sequence number, whether they are open, and what the team has seen. Each belongs to a visitor of its own, and its
 * messages are the visitor's "message N" for every sequence number N it has.
 */
class FakeConversations
        implements HoldConversationUseCase, CloseConversationUseCase, RecordAgentSeenUseCase, ConversationHistoryQuery {

    private final Map<ConversationId, ConversationView> conversations = new LinkedHashMap<>();
    private final Map<ConversationId, VisitorId> visitors = new LinkedHashMap<>();
    private final List<ConversationId> held = new ArrayList<>();

    /** A live conversation with {@code lastSeq} messages. */
    ConversationId live(long lastSeq) {
        ConversationId id = ConversationId.random();
        conversations.put(
                id,
                new ConversationView(
                        id, ConversationStatus.OPEN, lastSeq, 0, 0, ConversationStage.LIVE, Optional.empty()));
        visitors.put(id, VisitorId.random());
        return id;
    }

    /** A message was posted to the conversation. */
    void posted(ConversationId id) {
        ConversationView now = conversations.get(id);
        conversations.put(
                id,
                new ConversationView(
                        id,
                        now.status(),
                        now.lastSeq() + 1,
                        now.visitorSeenSeq(),
                        now.agentSeenSeq(),
                        now.stage(),
                        now.linksShown()));
    }

    ConversationView get(ConversationId id) {
        return conversations.get(id);
    }

    /** The conversations held, in order, one entry per hold. */
    List<ConversationId> held() {
        return List.copyOf(held);
    }

    @Override
    public ConversationView hold(ConversationId id) {
        held.add(id);
        return conversation(id);
    }

    @Override
    public ConversationView closeForTicket(ConversationId id) {
        ConversationView now = hold(id);
        if (now.status() == ConversationStatus.CLOSED) {
            return now;
        }
        ConversationView closed = new ConversationView(
                id,
                ConversationStatus.CLOSED,
                now.lastSeq() + 1,
                now.visitorSeenSeq(),
                now.agentSeenSeq(),
                ConversationStage.CLOSED,
                now.linksShown());
        conversations.put(id, closed);
        return closed;
    }

    @Override
    public ConversationView agentSawAll(ConversationId id) {
        ConversationView now = hold(id);
        ConversationView seen = new ConversationView(
                id, now.status(), now.lastSeq(), now.visitorSeenSeq(), now.lastSeq(), now.stage(), now.linksShown());
        conversations.put(id, seen);
        return seen;
    }

    @Override
    public ConversationView conversation(ConversationId id) {
        return Optional.ofNullable(conversations.get(id)).orElseThrow(() -> new ConversationNotFoundException(id));
    }

    @Override
    public Map<ConversationId, Long> lastSeqs(Collection<ConversationId> ids) {
        Map<ConversationId, Long> found = new LinkedHashMap<>();
        ids.stream()
                .filter(conversations::containsKey)
                .forEach(id -> found.put(id, conversations.get(id).lastSeq()));
        return found;
    }

    /** The visitor whose conversation it is. */
    VisitorId visitorOf(ConversationId id) {
        return visitors.get(id);
    }

    @Override
    public Optional<ConversationView> visitorConversation(VisitorId visitor, Optional<ConversationId> named) {
        if (named.isPresent()) {
            if (!visitor.equals(visitors.get(named.get()))) {
                throw new ConversationNotFoundException(named.get());
            }
            return Optional.of(conversation(named.get()));
        }
        return visitors.entrySet().stream()
                .filter(entry -> entry.getValue().equals(visitor))
                .map(entry -> conversations.get(entry.getKey()))
                .filter(view -> view.status() == ConversationStatus.OPEN)
                .findFirst();
    }

    @Override
    public List<MessageView> messagesAfter(ConversationId conversation, long afterSeq, int limit) {
        long last = conversation(conversation).lastSeq();
        return LongStream.rangeClosed(afterSeq + 1, last)
                .limit(limit)
                .mapToObj(seq -> new MessageView(
                        conversation,
                        seq,
                        Optional.empty(),
                        AuthorKind.VISITOR,
                        Optional.empty(),
                        Optional.of("message " + seq),
                        Optional.empty(),
                        Instant.EPOCH,
                        Optional.empty()))
                .toList();
    }
}
