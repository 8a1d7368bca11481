package dev.parley.adapters.websocket;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.application.conversation.port.out.ConversationNews;
import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.shared.AgentId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FollowerIndexTest {

    private final Connections.History history = new Connections.History();
    private final FollowerIndex index = new FollowerIndex();
    private final NewsFanOut fanOut =
            new NewsFanOut(Runnable::run, history.query(), new Connections.Inbox().query(), index);

    private Connection open(FakeSocket socket, Connection.Side side) {
        return Connections.connection(socket, side, index);
    }

    private static long messages(FakeSocket socket) {
        return socket.written().stream()
                .filter(frame -> frame.contains("\"type\":\"message\""))
                .count();
    }

    @Test
    void news_is_offered_to_the_conversations_followers_only_however_many_connections_are_idle() {
        List<FakeSocket> idle = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            FakeSocket socket = new FakeSocket();
            open(socket, Connection.Side.VISITOR).follow(ConversationId.random(), 0);
            idle.add(socket);
        }
        FakeSocket follower = new FakeSocket();
        open(follower, Connection.Side.VISITOR).follow(history.conversation, 0);
        idle.forEach(socket -> socket.openChecks.set(0));

        fanOut.publish(new ConversationNews(history.conversation, history.post("hello")));

        assertThat(messages(follower)).isEqualTo(1);
        assertThat(idle)
                .as("a connection that follows another conversation is not even asked whether it is open")
                .allSatisfy(socket -> {
                    assertThat(socket.openChecks).hasValue(0);
                    assertThat(messages(socket)).isZero();
                });
    }

    @Test
    void a_connection_leaves_the_index_when_it_stops_following_and_when_it_closes() {
        FakeSocket visitorSocket = new FakeSocket();
        Connection visitor = open(visitorSocket, Connection.Side.VISITOR);
        visitor.follow(history.conversation, 0);
        Connection agent = open(new FakeSocket(), Connection.Side.AGENT);
        agent.watchInbox(AgentId.random());
        ConversationId other = ConversationId.random();
        agent.follow(history.conversation, 0);
        agent.follow(other, 0);
        assertThat(index.of(history.conversation)).containsExactlyInAnyOrder(visitor, agent);
        assertThat(index.watchers()).containsExactly(agent);

        visitor.unfollow(history.conversation);
        fanOut.publish(new ConversationNews(history.conversation, history.post("hello")));
        assertThat(index.of(history.conversation)).containsExactly(agent);
        assertThat(messages(visitorSocket)).as("unfollowed before the news").isZero();

        agent.close(CloseCodes.NORMAL);
        assertThat(index.of(history.conversation)).isEmpty();
        assertThat(index.of(other)).isEmpty();
        assertThat(index.watchers()).isEmpty();
        assertThat(index.conversations()).as("nothing is left behind").isZero();
    }

    @Test
    void a_connection_that_closed_before_it_follows_or_watches_is_not_left_in_the_index() {
        Connection closed = open(new FakeSocket(), Connection.Side.AGENT);
        closed.close(CloseCodes.NORMAL);

        closed.follow(history.conversation, 0);
        closed.watchInbox(AgentId.random());

        assertThat(index.of(history.conversation)).isEmpty();
        assertThat(index.watchers()).isEmpty();
        assertThat(index.conversations()).isZero();
    }
}
