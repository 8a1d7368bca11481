package dev.parley.adapters.websocket;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.application.conversation.port.out.ConversationNews;
import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.shared.AgentId;
import jakarta.websocket.SendHandler;
import jakarta.websocket.SendResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class NewsFanOutTest {

    private static final Pattern SEQ = Pattern.compile("\"seq\":(\\d+)");

    private final Connections.History history = new Connections.History();
    private final Connections.Inbox inbox = new Connections.Inbox();

    private ConnectionRegistry registry(int sendQueueFrames) {
        return registry(sendQueueFrames, history);
    }

    private ConnectionRegistry registry(int sendQueueFrames, Connections.History history) {
        return Connections.registry(sendQueueFrames, history, inbox.query());
    }

    private void post(ConnectionRegistry registry, int count) {
        post(registry, history, count);
    }

    private static void post(ConnectionRegistry registry, Connections.History history, int count) {
        for (int i = 0; i < count; i++) {
            registry.onNews(new ConversationNews(history.conversation, history.post("message " + i)));
        }
    }

    /** An agent's inbox with the conversation open, caught up with it. */
    private static FakeSocket agent(ConnectionRegistry registry, Connections.History history, AgentId agent) {
        FakeSocket socket = new FakeSocket();
        Connection connection = registry.open(socket.session, Connection.Side.AGENT, Optional.empty());
        connection.watchInbox(agent);
        connection.follow(history.conversation, 0);
        return socket;
    }

    private static List<Long> seqs(FakeSocket socket) {
        List<Long> seqs = new ArrayList<>();
        for (String frame : socket.written()) {
            Matcher found = SEQ.matcher(frame);
            if (frame.contains("\"type\":\"message\"") && found.find()) {
                seqs.add(Long.parseLong(found.group(1)));
            }
        }
        return seqs;
    }

    private static long frames(FakeSocket socket, String type) {
        return socket.written().stream()
                .filter(frame -> frame.contains("\"type\":\"" + type + "\""))
                .count();
    }

    /** The queries ten messages cost, with the given number of agents watching and following the conversation. */
    private int[] queriesForTenMessages(int agents) {
        Connections.History history = new Connections.History();
        inbox.queries.set(0);
        ConnectionRegistry registry = registry(100, history);
        List<FakeSocket> sockets = new ArrayList<>();
        for (int i = 0; i < agents; i++) {
            sockets.add(agent(registry, history, AgentId.random()));
        }
        int historyBefore = history.queries.get();

        post(registry, history, 10);

        assertThat(sockets).allSatisfy(socket -> {
            assertThat(frames(socket, "message")).isEqualTo(10);
            assertThat(frames(socket, "ticket")).isEqualTo(10);
        });
        return new int[] {history.queries.get() - historyBefore, inbox.queries.get()};
    }

    @Test
    void each_piece_of_news_is_read_once_whatever_the_number_of_agents() {
        int[] one = queriesForTenMessages(1);
        int[] twenty = queriesForTenMessages(20);

        // Per message: the new rows and the receipts, once; the ticket as every watching agent sees it, once.
        assertThat(one).containsExactly(20, 10);
        assertThat(twenty).containsExactly(20, 10);
    }

    @Test
    void each_agent_is_sent_the_ticket_as_they_see_it() {
        ConnectionRegistry registry = registry(100);
        AgentId reader = AgentId.random();
        inbox.haveRead.add(reader);
        FakeSocket read = agent(registry, history, reader);
        FakeSocket unread = agent(registry, history, AgentId.random());

        post(registry, 1);

        assertThat(read.written())
                .anySatisfy(frame ->
                        assertThat(frame).contains("\"type\":\"ticket\"").contains("\"unread\":false"));
        assertThat(unread.written())
                .anySatisfy(frame ->
                        assertThat(frame).contains("\"type\":\"ticket\"").contains("\"unread\":true"));
        assertThat(inbox.queries.get()).isEqualTo(1);
    }

    @Test
    void connections_that_are_closed_or_not_interested_cost_no_query() {
        ConnectionRegistry registry = registry(100);
        // A visitor who follows another conversation, and an agent's socket that has not said hello yet.
        Connection otherVisitor =
                registry.open(new FakeSocket().session, Connection.Side.VISITOR, Optional.of("10.0.0.1"));
        otherVisitor.follow(new Connections.History().conversation, 0);
        registry.open(new FakeSocket().session, Connection.Side.AGENT, Optional.of("10.0.0.2"));
        // An agent who followed the conversation and watched the inbox, then closed.
        FakeSocket gone = new FakeSocket();
        Connection closed = registry.open(gone.session, Connection.Side.AGENT, Optional.of("10.0.0.3"));
        closed.watchInbox(AgentId.random());
        closed.follow(history.conversation, 0);
        registry.closed(closed);
        int before = history.queries.get();
        int written = gone.written().size();

        post(registry, 5);

        assertThat(history.queries.get()).isEqualTo(before);
        assertThat(inbox.queries.get()).isZero();
        assertThat(gone.written()).hasSize(written);
        assertThat(registry.size()).isEqualTo(2);
    }

    @Test
    void a_connection_that_fell_behind_catches_up_from_the_database_without_gaps_or_doubles() {
        // A quarter of the bound is 100 frames: a catching-up connection reads two pages, then waits for its client.
        ConnectionRegistry registry = registry(400);
        for (int i = 0; i < 200; i++) {
            history.post("earlier " + i);
        }
        FakeSocket behind = new FakeSocket();
        behind.reading = false;
        registry.open(behind.session, Connection.Side.VISITOR, Optional.empty()).follow(history.conversation, 0);
        FakeSocket upToDate = new FakeSocket();
        registry.open(upToDate.session, Connection.Side.AGENT, Optional.empty()).follow(history.conversation, 200);
        int before = history.queries.get();

        post(registry, 1);

        // The shared read started after 200, where the up-to-date follower was; the one behind read on its own.
        assertThat(seqs(upToDate)).containsExactly(201L);
        assertThat(history.queries.get() - before).isEqualTo(3);
        resume(behind);
        assertThat(seqs(behind))
                .containsExactlyElementsOf(
                        LongStream.rangeClosed(1, 201).boxed().toList());
        assertThat(behind.open).isTrue();
    }

    @Test
    void under_load_the_tickets_of_many_conversations_are_read_together_and_every_inbox_gets_each_one() {
        List<Runnable> queued = new ArrayList<>();
        List<FakeSocket> sockets = new ArrayList<>();
        FollowerIndex watching = new FollowerIndex();
        for (int i = 0; i < 3; i++) {
            FakeSocket socket = new FakeSocket();
            Connections.connection(socket, Connection.Side.AGENT, watching).watchInbox(AgentId.random());
            sockets.add(socket);
        }
        NewsFanOut fanOut = new NewsFanOut(queued::add, history.query(), inbox.query(), watching);
        int conversations = NewsFanOut.TICKETS_PER_READ + 20;
        List<ConversationId> news = new ArrayList<>();
        for (int i = 0; i < conversations; i++) {
            news.add(ConversationId.random());
        }

        // The news of every conversation arrives before the pool gets to any of it.
        news.forEach(conversation -> fanOut.publish(new ConversationNews(conversation, 1)));
        while (!queued.isEmpty()) {
            queued.remove(0).run();
        }

        assertThat(inbox.batches)
                .as("one read for a full batch, one for the rest")
                .containsExactly(NewsFanOut.TICKETS_PER_READ, 20);
        assertThat(sockets).allSatisfy(socket -> {
            assertThat(frames(socket, "ticket")).isEqualTo(conversations);
            assertThat(socket.written())
                    .as("in the order the news came")
                    .filteredOn(frame -> frame.contains("\"type\":\"ticket\""))
                    .satisfies(tickets -> {
                        for (int i = 0; i < conversations; i++) {
                            assertThat(tickets.get(i)).contains(news.get(i).toString());
                        }
                    });
        });

        // Quiet again: the next piece of news is read on its own, at once.
        fanOut.publish(new ConversationNews(news.get(0), 2));
        while (!queued.isEmpty()) {
            queued.remove(0).run();
        }
        assertThat(inbox.batches).containsExactly(NewsFanOut.TICKETS_PER_READ, 20, 1);
    }

    @Test
    void a_read_of_tickets_that_fails_loses_that_news_only_and_the_next_news_reaches_the_inboxes() {
        ConnectionRegistry registry = registry(100);
        FakeSocket inboxSocket = new FakeSocket();
        registry.open(inboxSocket.session, Connection.Side.AGENT, Optional.empty())
                .watchInbox(AgentId.random());
        inbox.failures.set(1);

        post(registry, 1);
        assertThat(frames(inboxSocket, "ticket")).isZero();

        post(registry, 1);
        assertThat(frames(inboxSocket, "ticket"))
                .as("the next news is read and sent")
                .isEqualTo(1);
    }

    @Test
    void a_ticket_task_stopped_by_an_error_leaves_the_next_news_to_a_new_task() {
        List<Runnable> queued = new ArrayList<>();
        FakeSocket socket = new FakeSocket();
        FollowerIndex watching = new FollowerIndex();
        Connections.connection(socket, Connection.Side.AGENT, watching).watchInbox(AgentId.random());
        NewsFanOut fanOut = new NewsFanOut(queued::add, history.query(), inbox.query(), watching);
        inbox.errors.set(1);

        fanOut.publish(new ConversationNews(history.conversation, 0));
        List<Throwable> stopped = runAll(queued);
        assertThat(stopped).singleElement().isInstanceOf(AssertionError.class);
        assertThat(frames(socket, "ticket")).isZero();

        fanOut.publish(new ConversationNews(history.conversation, 0));
        assertThat(runAll(queued)).isEmpty();
        assertThat(frames(socket, "ticket")).as("a new task read and sent it").isEqualTo(1);
    }

    /** Runs the queued tasks and those they queue, as a pool would; what stopped a task is returned. */
    private static List<Throwable> runAll(List<Runnable> queued) {
        List<Throwable> stopped = new ArrayList<>();
        while (!queued.isEmpty()) {
            try {
                queued.remove(0).run();
            } catch (RuntimeException | Error failed) {
                stopped.add(failed);
            }
        }
        return stopped;
    }

    /** The client reads again: the write it held completes, and so do the ones after it. */
    private static void resume(FakeSocket socket) {
        List<SendHandler> held;
        synchronized (socket) {
            socket.reading = true;
            held = List.copyOf(socket.waiting);
            socket.waiting.clear();
        }
        held.forEach(handler -> handler.onResult(new SendResult()));
    }
}
