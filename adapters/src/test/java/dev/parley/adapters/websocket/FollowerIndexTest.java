package dev.parley.adapters.websocket;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.adapters.websocket.protocol.ServerFrames;
import dev.parley.application.conversation.port.out.ConversationNews;
import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.shared.AgentId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FollowerIndexTest {

    private final Connections.History history = new Connections.History();
    private final FollowerIndex index = new FollowerIndex();
    private final NewsFanOut fanOut =
            new NewsFanOut(Runnable::run, history.query(), new Connections.Inbox().query(), index);

    private Connection open(FakeSocket socket, Connection.Side side) {
        return Connections.connection(socket, side, index);
    }

    private static long frames(FakeSocket socket, String type) {
        return socket.written().stream()
                .filter(frame -> frame.contains("\"type\":\"" + type + "\""))
                .count();
    }

    private static long messages(FakeSocket socket) {
        return frames(socket, "message");
    }

    private static long typing(FakeSocket socket) {
        return frames(socket, "typing");
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

    @Test
    void typing_reaches_the_conversations_followers_and_for_a_visitors_the_inboxes_each_once_and_never_the_typist() {
        ConnectionRegistry registry = Connections.registry(100, history, new Connections.Inbox().query());
        FakeSocket visitorSocket = new FakeSocket();
        Connection visitor = registry.open(visitorSocket.session, Connection.Side.VISITOR, Optional.empty());
        visitor.follow(history.conversation, 0);
        FakeSocket otherVisitor = new FakeSocket();
        registry.open(otherVisitor.session, Connection.Side.VISITOR, Optional.empty())
                .follow(ConversationId.random(), 0);
        FakeSocket following = new FakeSocket();
        Connection agent = registry.open(following.session, Connection.Side.AGENT, Optional.empty());
        agent.watchInbox(AgentId.random());
        agent.follow(history.conversation, 0);
        FakeSocket watching = new FakeSocket();
        registry.open(watching.session, Connection.Side.AGENT, Optional.empty()).watchInbox(AgentId.random());
        String id = history.conversation.toString();

        registry.typing(visitor, history.conversation, new ServerFrames.Typing(id, "visitor", null), true);

        assertThat(typing(following))
                .as("an inbox that follows and watches, told once")
                .isEqualTo(1);
        assertThat(typing(watching)).as("an inbox that only watches").isEqualTo(1);
        assertThat(typing(visitorSocket)).as("the typist").isZero();
        assertThat(typing(otherVisitor)).isZero();

        registry.typing(agent, history.conversation, new ServerFrames.Typing(id, "agent", "Ada"), false);

        assertThat(typing(visitorSocket))
                .as("the visitor follows the conversation")
                .isEqualTo(1);
        assertThat(typing(watching))
                .as("an agent's typing goes to the followers only")
                .isEqualTo(1);
        assertThat(typing(following)).as("the typist").isEqualTo(1);
        assertThat(typing(otherVisitor)).isZero();
    }
}
