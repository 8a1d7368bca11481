package dev.parley.adapters.websocket;

import dev.parley.application.conversation.port.in.ConversationHistoryQuery;
import dev.parley.application.conversation.port.in.ConversationView;
import dev.parley.application.conversation.port.in.MessageView;
import dev.parley.application.team.port.in.AgentInboxesUseCase;
import dev.parley.application.ticket.port.in.InboxQuery;
import dev.parley.application.ticket.port.in.TicketSummary;
import dev.parley.domain.conversation.AuthorKind;
import dev.parley.domain.conversation.Channel;
import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.conversation.ConversationStage;
import dev.parley.domain.conversation.ConversationStatus;
import dev.parley.domain.shared.AgentId;
import dev.parley.domain.ticket.TicketId;
import dev.parley.domain.ticket.TicketStatus;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;

/** Connections for the tests, over {@link FakeSocket}s, and a history whose every query is counted. */
final class Connections {

    private Connections() {}

    static WebSocketLimits limits(int sendQueueFrames, int perVisitor, int perAddress, int idleSeconds) {
        return new WebSocketLimits(
                65536, idleSeconds, sendQueueFrames, 1 << 20, perVisitor, perVisitor, perAddress, "5/1m", "5/1m");
    }

    /** A timer that never fires: whatever is scheduled on it never runs. */
    static ScheduledExecutorService stillTimer() {
        return (ScheduledExecutorService) Proxy.newProxyInstance(
                Connections.class.getClassLoader(),
                new Class<?>[] {ScheduledExecutorService.class},
                (proxy, method, args) -> null);
    }

    /**
     * A registry whose pool runs each task at once on the caller's thread (every test is deterministic) and whose timer
     * never fires.
     */
    static ConnectionRegistry registry(int sendQueueFrames, History history, InboxQuery inbox) {
        return new ConnectionRegistry(
                Runnable::run,
                stillTimer(),
                history.query(),
                inbox,
                limits(sendQueueFrames, 20, 500, 90),
                new AgentInboxesUseCase() {
                    @Override
                    public void inboxOpened(AgentId agent) {}

                    @Override
                    public void inboxClosed(AgentId agent) {}
                });
    }

    static Connection connection(FakeSocket socket) {
        return connection(socket, Connection.Side.VISITOR, new FollowerIndex());
    }

    /** A connection whose pool runs each task at once, in the given index of followers. */
    static Connection connection(FakeSocket socket, Connection.Side side, FollowerIndex index) {
        return new Connection(
                socket.session,
                side,
                Runnable::run,
                new Connection.SendQueueBounds(100, 100_000, 100),
                new History().query(),
                index,
                closed -> {});
    }

    static InboxQuery inbox() {
        return (InboxQuery) Proxy.newProxyInstance(
                Connections.class.getClassLoader(), new Class<?>[] {InboxQuery.class}, (proxy, method, args) -> {
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    /**
     * The tickets of conversations as each agent sees them, each query counted: one ticket per conversation, unread for
     * every agent but those given as having read it.
     */
    static final class Inbox {

        final AtomicInteger queries = new AtomicInteger();
        /** How many of the next reads fail. */
        final AtomicInteger failures = new AtomicInteger();
        /** How many of the next reads stop their thread's task with an {@link Error}. */
        final AtomicInteger errors = new AtomicInteger();
        /** How many conversations each query read. */
        final List<Integer> batches = new java.util.concurrent.CopyOnWriteArrayList<>();

        final Set<AgentId> haveRead = ConcurrentHashMap.newKeySet();

        InboxQuery query() {
            return (InboxQuery) Proxy.newProxyInstance(
                    Connections.class.getClassLoader(), new Class<?>[] {InboxQuery.class}, (proxy, method, args) -> {
                        if (method.getName().equals("ofConversations")) {
                            queries.incrementAndGet();
                            if (failures.getAndUpdate(left -> Math.max(0, left - 1)) > 0) {
                                throw new IllegalStateException("the database is away");
                            }
                            if (errors.getAndUpdate(left -> Math.max(0, left - 1)) > 0) {
                                throw new AssertionError("the reading thread died");
                            }
                            Map<ConversationId, Map<AgentId, TicketSummary>> tickets = new HashMap<>();
                            for (Object conversation : (Collection<?>) args[0]) {
                                Map<AgentId, TicketSummary> seen = new HashMap<>();
                                for (Object viewer : (Set<?>) args[1]) {
                                    seen.put((AgentId) viewer, ticket((ConversationId) conversation, (AgentId) viewer));
                                }
                                tickets.put((ConversationId) conversation, seen);
                            }
                            batches.add(((Collection<?>) args[0]).size());
                            return tickets;
                        }
                        throw new UnsupportedOperationException(method.getName());
                    });
        }

        private TicketSummary ticket(ConversationId conversation, AgentId viewer) {
            Instant at = Instant.parse("2026-12-05T12:00:00Z");
            return new TicketSummary(
                    new TicketId(new UUID(0, conversation.value().getLeastSignificantBits())),
                    conversation,
                    TicketStatus.OPEN,
                    Optional.empty(),
                    "5F2A",
                    Optional.empty(),
                    Optional.empty(),
                    1,
                    Optional.empty(),
                    at,
                    at,
                    Channel.CHAT,
                    Optional.empty(),
                    Optional.empty(),
                    !haveRead.contains(viewer));
        }
    }

    /** One conversation's messages, each query of them counted. */
    static final class History {

        final ConversationId conversation = ConversationId.random();
        final List<MessageView> messages = new ArrayList<>();
        final AtomicInteger queries = new AtomicInteger();
        /** How many times the conversations' progress was read ({@code lastSeqs}), however many were asked for. */
        final AtomicInteger progressReads = new AtomicInteger();

        /** Adds a message; its sequence number is returned. */
        synchronized long post(String text) {
            long seq = messages.size() + 1L;
            messages.add(new MessageView(
                    conversation,
                    seq,
                    Optional.of("c-" + seq),
                    AuthorKind.VISITOR,
                    Optional.empty(),
                    Optional.of(text),
                    Optional.empty(),
                    Instant.parse("2026-12-05T12:00:00Z"),
                    Optional.empty()));
            return seq;
        }

        ConversationHistoryQuery query() {
            return (ConversationHistoryQuery) Proxy.newProxyInstance(
                    Connections.class.getClassLoader(),
                    new Class<?>[] {ConversationHistoryQuery.class},
                    (proxy, method, args) -> {
                        queries.incrementAndGet();
                        synchronized (this) {
                            return switch (method.getName()) {
                                case "messagesAfter" -> {
                                    long after = (Long) args[1];
                                    int limit = (Integer) args[2];
                                    yield messages.stream()
                                            .filter(message -> message.seq() > after)
                                            .limit(limit)
                                            .toList();
                                }
                                case "lastSeqs" -> {
                                    progressReads.incrementAndGet();
                                    @SuppressWarnings("unchecked")
                                    Collection<ConversationId> asked = (Collection<ConversationId>) args[0];
                                    yield asked.contains(conversation)
                                            ? Map.of(conversation, (long) messages.size())
                                            : Map.of();
                                }
                                case "conversation" ->
                                    new ConversationView(
                                            conversation,
                                            ConversationStatus.OPEN,
                                            messages.size(),
                                            0,
                                            0,
                                            ConversationStage.LIVE,
                                            Optional.empty());
                                default -> throw new UnsupportedOperationException(method.getName());
                            };
                        }
                    });
        }
    }
}
