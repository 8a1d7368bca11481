package dev.parley.adapters.websocket;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.application.conversation.port.out.ConversationNews;
import dev.parley.application.note.port.in.NoteView;
import dev.parley.application.team.port.in.AgentInboxesUseCase;
import dev.parley.domain.note.NoteId;
import dev.parley.domain.shared.AgentId;
import dev.parley.domain.team.Presence;
import dev.parley.domain.ticket.TicketId;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.Test;

class ConnectionRegistryTest {

    private final Connections.History history = new Connections.History();
    private final List<String> presence = new ArrayList<>();
    private final AgentInboxesUseCase inboxes = new AgentInboxesUseCase() {
        @Override
        public void inboxOpened(AgentId agent) {
            presence.add("opened " + agent);
        }

        @Override
        public void inboxClosed(AgentId agent) {
            presence.add("closed " + agent);
        }
    };

    /** A timer that never fires: the tests sweep for idle connections themselves. */
    private static ScheduledExecutorService stillTimer() {
        return (ScheduledExecutorService) Proxy.newProxyInstance(
                ConnectionRegistryTest.class.getClassLoader(),
                new Class<?>[] {ScheduledExecutorService.class},
                (proxy, method, args) -> null);
    }

    private ConnectionRegistry registry(WebSocketLimits limits) {
        // The pool runs each task at once, on the caller's thread: every test is deterministic.
        return new ConnectionRegistry(
                Runnable::run, stillTimer(), history.query(), Connections.inbox(), limits, inboxes);
    }

    private static long messages(FakeSocket socket) {
        return socket.written().stream()
                .filter(frame -> frame.contains("\"type\":\"message\""))
                .count();
    }

    private void post(ConnectionRegistry registry, int count) {
        for (int i = 0; i < count; i++) {
            long seq = history.post("message " + i);
            registry.onNews(new ConversationNews(history.conversation, seq));
        }
    }

    @Test
    void an_inbox_counts_towards_its_agents_presence_from_hello_until_it_goes_once() {
        ConnectionRegistry registry = registry(Connections.limits(10, 20, 500, 90));
        AgentId ada = AgentId.of("6f1c0000-0000-4000-8000-00000000000a");
        FakeSocket socket = new FakeSocket();
        Connection connection = registry.open(socket.session, Connection.Side.AGENT, Optional.of("10.0.0.1"));
        assertThat(presence).isEmpty();

        registry.inboxOpened(connection, ada);
        registry.inboxOpened(connection, ada);
        assertThat(presence).containsExactly("opened " + ada);

        registry.closed(connection);
        registry.closed(connection);
        assertThat(presence).containsExactly("opened " + ada, "closed " + ada);

        // A connection that is gone already never counts.
        registry.inboxOpened(connection, ada);
        assertThat(presence).containsExactly("opened " + ada, "closed " + ada);
    }

    @Test
    void presence_news_reaches_inboxes_and_widgets_hear_only_whether_anyone_is_online() {
        ConnectionRegistry registry = registry(Connections.limits(10, 20, 500, 90));
        AgentId ada = AgentId.of("6f1c0000-0000-4000-8000-00000000000a");
        FakeSocket inbox = new FakeSocket();
        FakeSocket widget = new FakeSocket();
        Connection agent = registry.open(inbox.session, Connection.Side.AGENT, Optional.of("10.0.0.1"));
        agent.watchInbox(ada);
        registry.open(widget.session, Connection.Side.VISITOR, Optional.of("10.0.0.2"));

        registry.onPresence(new WebSocketPresencePublisher.PresenceNews(ada, Presence.AWAY, false, false));
        registry.onPresence(new WebSocketPresencePublisher.PresenceNews(ada, Presence.ONLINE, true, true));

        assertThat(inbox.written())
                .containsExactly(
                        "{\"agentId\":\"" + ada + "\",\"presence\":\"away\",\"type\":\"presence\"}",
                        "{\"agentId\":\"" + ada + "\",\"presence\":\"online\",\"type\":\"presence\"}");
        assertThat(widget.written()).containsExactly("{\"teamOnline\":true,\"type\":\"availability\"}");
    }

    @Test
    void a_client_that_stops_reading_is_closed_too_slow_and_the_others_get_every_message() {
        ConnectionRegistry registry = registry(Connections.limits(10, 20, 500, 90));
        FakeSocket fast = new FakeSocket();
        FakeSocket slow = new FakeSocket();
        registry.open(fast.session, Connection.Side.AGENT, Optional.of("10.0.0.1"))
                .follow(history.conversation, 0);
        registry.open(slow.session, Connection.Side.AGENT, Optional.of("10.0.0.2"))
                .follow(history.conversation, 0);
        slow.reading = false;

        post(registry, 30);

        assertThat(messages(fast)).isEqualTo(30);
        assertThat(fast.open).isTrue();
        assertThat(slow.closeCode()).isEqualTo(CloseCodes.TOO_SLOW);
        assertThat(slow.closedWith.getReasonPhrase()).isEqualTo("too_slow");
        // The slow one was written its first frame, and held the bound of 10 waiting before it was closed.
        assertThat(slow.written()).hasSizeLessThanOrEqualTo(11);
        assertThat(registry.size()).isEqualTo(1);
    }

    @Test
    void no_query_runs_for_a_connection_once_it_is_closed() {
        ConnectionRegistry registry = registry(Connections.limits(10, 20, 500, 90));
        FakeSocket fast = new FakeSocket();
        FakeSocket slow = new FakeSocket();
        registry.open(fast.session, Connection.Side.AGENT, Optional.of("10.0.0.1"))
                .follow(history.conversation, 0);
        Connection slowConnection = registry.open(slow.session, Connection.Side.AGENT, Optional.of("10.0.0.2"));
        slowConnection.follow(history.conversation, 0);
        slow.reading = false;
        post(registry, 30);
        assertThat(slow.open).isFalse();
        int before = history.queries.get();

        post(registry, 10);

        // Each piece of news costs the open connection two queries (its new messages and the read receipts), and
        // the closed one none, even though it still follows the conversation.
        assertThat(history.queries.get() - before).isEqualTo(20);
        assertThat(slowConnection.follows(history.conversation)).isTrue();
        slowConnection.catchUp(history.conversation, 1000, null, "{}");
        assertThat(history.queries.get() - before).isEqualTo(20);
    }

    @Test
    void the_socket_over_the_address_cap_is_refused_and_the_open_ones_stay() {
        ConnectionRegistry registry = registry(Connections.limits(10, 20, 2, 90));
        FakeSocket first = new FakeSocket();
        FakeSocket second = new FakeSocket();
        FakeSocket third = new FakeSocket();
        Connection firstConnection = registry.open(first.session, Connection.Side.VISITOR, Optional.of("10.0.0.1"));
        registry.open(second.session, Connection.Side.VISITOR, Optional.of("10.0.0.1"));

        Connection refused = registry.open(third.session, Connection.Side.VISITOR, Optional.of("10.0.0.1"));

        assertThat(third.closeCode()).isEqualTo(CloseCodes.TOO_MANY_CONNECTIONS);
        assertThat(third.closedWith.getReasonPhrase()).isEqualTo("too_many_connections");
        assertThat(refused.live()).isFalse();
        assertThat(first.open).isTrue();
        assertThat(second.open).isTrue();
        assertThat(registry.size()).isEqualTo(2);
        // Another address is not counted with this one; a closed socket gives its place back.
        assertThat(registry.open(new FakeSocket().session, Connection.Side.VISITOR, Optional.of("10.0.0.2"))
                        .live())
                .isTrue();
        registry.closed(firstConnection);
        FakeSocket fourth = new FakeSocket();
        assertThat(registry.open(fourth.session, Connection.Side.VISITOR, Optional.of("10.0.0.1"))
                        .live())
                .isTrue();
        assertThat(fourth.open).isTrue();
    }

    @Test
    void the_socket_over_a_visitors_cap_is_refused_when_it_says_who_it_is() {
        ConnectionRegistry registry = registry(Connections.limits(10, 2, 500, 90));
        List<FakeSocket> sockets = List.of(new FakeSocket(), new FakeSocket(), new FakeSocket());
        List<Connection> connections = sockets.stream()
                .map(socket -> registry.open(socket.session, Connection.Side.VISITOR, Optional.of("10.0.0.1")))
                .toList();

        assertThat(registry.admit(connections.get(0), ConnectionCaps.Kind.VISITOR, "v1"))
                .isTrue();
        assertThat(registry.admit(connections.get(1), ConnectionCaps.Kind.VISITOR, "v1"))
                .isTrue();
        assertThat(registry.admit(connections.get(2), ConnectionCaps.Kind.VISITOR, "v1"))
                .isFalse();

        assertThat(sockets.get(2).closeCode()).isEqualTo(CloseCodes.TOO_MANY_CONNECTIONS);
        assertThat(sockets.get(0).open).isTrue();
        assertThat(sockets.get(1).open).isTrue();
        assertThat(registry.size()).isEqualTo(2);
    }

    @Test
    void a_silent_connection_is_closed_idle_and_one_that_was_heard_stays() throws InterruptedException {
        ConnectionRegistry registry = registry(Connections.limits(10, 20, 500, 1));
        FakeSocket silent = new FakeSocket();
        FakeSocket talking = new FakeSocket();
        registry.open(silent.session, Connection.Side.VISITOR, Optional.empty());
        Connection heard = registry.open(talking.session, Connection.Side.VISITOR, Optional.empty());

        registry.sweepIdle();
        assertThat(silent.open).isTrue();
        Thread.sleep(1100);
        heard.heard();
        registry.sweepIdle();

        assertThat(silent.closeCode()).isEqualTo(CloseCodes.IDLE);
        assertThat(silent.closedWith.getReasonPhrase()).isEqualTo("idle");
        assertThat(talking.open).isTrue();
        assertThat(registry.size()).isEqualTo(1);
    }

    @Test
    void shutting_down_closes_every_connection_going_away_and_refuses_new_ones() {
        ConnectionRegistry registry = registry(Connections.limits(10, 20, 500, 90));
        List<FakeSocket> sockets = List.of(new FakeSocket(), new FakeSocket(), new FakeSocket());
        sockets.forEach(socket -> registry.open(socket.session, Connection.Side.AGENT, Optional.of("10.0.0.1"))
                .follow(history.conversation, 0));
        assertThat(registry.accepting()).isTrue();

        registry.shutdown();
        registry.shutdown();

        assertThat(sockets).allSatisfy(socket -> {
            assertThat(socket.closeCode()).isEqualTo(CloseCodes.GOING_AWAY);
            assertThat(socket.closedWith.getReasonPhrase()).isEqualTo("going_away");
        });
        assertThat(registry.accepting()).isFalse();
        assertThat(registry.size()).isZero();
        int queries = history.queries.get();
        post(registry, 3);
        assertThat(history.queries.get()).isEqualTo(queries);
        FakeSocket late = new FakeSocket();
        assertThat(registry.open(late.session, Connection.Side.VISITOR, Optional.empty())
                        .live())
                .isFalse();
        assertThat(late.closeCode()).isEqualTo(CloseCodes.GOING_AWAY);
        assertThat(registry.size()).isZero();
    }

    @Test
    void a_note_reaches_the_agents_following_its_conversation_and_the_mentioned_agents_inbox_never_a_visitor() {
        ConnectionRegistry registry = registry(Connections.limits(10, 20, 500, 90));
        AgentId ada = AgentId.random();
        AgentId bob = AgentId.random();
        FakeSocket visitor = new FakeSocket();
        FakeSocket following = new FakeSocket();
        FakeSocket mentionedElsewhere = new FakeSocket();
        FakeSocket bystander = new FakeSocket();
        registry.open(visitor.session, Connection.Side.VISITOR, Optional.of("10.0.0.1"))
                .follow(history.conversation, 0);
        Connection adaConnection = registry.open(following.session, Connection.Side.AGENT, Optional.of("10.0.0.2"));
        adaConnection.watchInbox(ada);
        adaConnection.follow(history.conversation, 0);
        registry.open(mentionedElsewhere.session, Connection.Side.AGENT, Optional.of("10.0.0.3"))
                .watchInbox(bob);
        registry.open(bystander.session, Connection.Side.AGENT, Optional.of("10.0.0.4"))
                .watchInbox(AgentId.random());
        NoteView note = new NoteView(
                NoteId.random(),
                TicketId.random(),
                history.conversation,
                ada,
                "Ada",
                "n-1",
                "@Bob secret for agents",
                Instant.parse("2026-11-25T16:40:00Z"),
                List.of(new NoteView.Mentioned(bob, "Bob")));

        registry.onNote(new WebSocketNotePublisher.NoteAdded(note));

        assertThat(visitor.written()).noneMatch(frame -> frame.contains("secret for agents"));
        assertThat(following.written())
                .filteredOn(frame -> frame.contains("\"type\":\"note\""))
                .singleElement()
                .satisfies(frame -> assertThat(frame).contains("secret for agents"));
        assertThat(following.written()).noneMatch(frame -> frame.contains("\"type\":\"mention\""));
        assertThat(mentionedElsewhere.written())
                .singleElement()
                .satisfies(frame -> assertThat(frame).contains("\"type\":\"mention\"", "secret for agents"));
        assertThat(bystander.written()).isEmpty();
    }
}
