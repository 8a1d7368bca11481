package dev.parley.adapters.websocket;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.adapters.websocket.protocol.ServerFrames;
import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.shared.AgentId;
import dev.parley.domain.team.SessionTokenHash;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** What a node does for news another node committed but never told it, and when it may have missed news. */
class ClusterCatchUpTest {

    private static final Pattern SEQ = Pattern.compile("\"seq\":(\\d+)");

    private final Connections.History history = new Connections.History();
    private final ConnectionRegistry registry = registry();

    private ConnectionRegistry registry() {
        return Connections.registry(100, history, new Connections.Inbox().query());
    }

    private FakeSocket follower() {
        FakeSocket socket = new FakeSocket();
        Connection connection = registry.open(socket.session, Connection.Side.AGENT, Optional.empty());
        connection.watchInbox(AgentId.random());
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

    @Test
    void messages_committed_elsewhere_without_news_are_delivered_by_the_check_once() {
        FakeSocket socket = follower();
        history.post("told");
        registry.onNews(new dev.parley.application.conversation.port.out.ConversationNews(history.conversation, 1));
        // Another node committed two more and died before its nudge.
        history.post("untold 1");
        history.post("untold 2");

        assertThat(registry.catchUpFollowed(false)).isEqualTo(1);
        assertThat(seqs(socket)).containsExactly(1L, 2L, 3L);

        assertThat(registry.catchUpFollowed(false))
                .as("nothing is behind any more")
                .isZero();
        assertThat(seqs(socket)).containsExactly(1L, 2L, 3L);
    }

    @Test
    void the_check_reads_the_progress_of_every_followed_conversation_at_once() {
        FakeSocket first = follower();
        FakeSocket second = follower();
        FakeSocket gone = new FakeSocket();
        Connection elsewhere = registry.open(gone.session, Connection.Side.AGENT, Optional.empty());
        elsewhere.watchInbox(AgentId.random());
        elsewhere.follow(ConversationId.random(), 0);
        history.post("untold");

        assertThat(registry.catchUpFollowed(false))
                .as("the conversation behind; the one the database no longer holds is passed over")
                .isEqualTo(1);

        assertThat(history.progressReads.get()).isEqualTo(1);
        assertThat(seqs(first)).containsExactly(1L);
        assertThat(seqs(second)).containsExactly(1L);
        assertThat(gone.written()).noneMatch(frame -> frame.contains("\"type\":\"message\""));
    }

    @Test
    void a_resync_reads_every_followed_conversation_afresh_and_asks_each_connection_for_its_snapshot() {
        FakeSocket socket = follower();
        Connection connection = registry.open(new FakeSocket().session, Connection.Side.AGENT, Optional.empty());
        AtomicInteger snapshots = new AtomicInteger();
        connection.resyncWith(snapshots::incrementAndGet);
        LongStream.rangeClosed(1, 3).forEach(i -> history.post("message " + i));

        registry.resync();

        assertThat(snapshots.get()).isEqualTo(1);
        assertThat(seqs(socket)).containsExactly(1L, 2L, 3L);
    }

    @Test
    void the_sockets_of_sessions_found_ended_are_closed_as_signed_out_and_the_others_stay() {
        SessionTokenHash endedSession = new SessionTokenHash("e".repeat(64));
        SessionTokenHash liveSession = new SessionTokenHash("f".repeat(64));
        FakeSocket ended = new FakeSocket();
        FakeSocket live = new FakeSocket();
        registry.open(ended.session, Connection.Side.AGENT, Optional.empty())
                .owner()
                .belongsTo(endedSession, AgentId.random());
        registry.open(live.session, Connection.Side.AGENT, Optional.empty())
                .owner()
                .belongsTo(liveSession, AgentId.random());
        registry.open(new FakeSocket().session, Connection.Side.VISITOR, Optional.empty());

        assertThat(registry.agentSessions()).containsExactlyInAnyOrder(endedSession, liveSession);
        assertThat(registry.closeSessions(java.util.Set.of(endedSession))).isEqualTo(1);

        assertThat(ended.closeCode()).isEqualTo(CloseCodes.SIGNED_OUT);
        assertThat(live.closeCode()).isZero();
        assertThat(registry.agentSessions()).containsExactly(liveSession);
    }

    @Test
    void typing_on_this_node_goes_to_the_other_nodes_but_typing_heard_from_them_does_not_go_back() {
        List<String> relayed = new ArrayList<>();
        registry.relayTypingTo((conversation, frame, fromVisitor) -> relayed.add(frame.author() + ":" + fromVisitor));
        FakeSocket socket = follower();
        ServerFrames.Typing typing = new ServerFrames.Typing(history.conversation.toString(), "visitor", null);

        registry.typing(null, history.conversation, typing, true);
        registry.typingFromElsewhere(null, history.conversation, typing, true);

        assertThat(relayed).containsExactly("visitor:true");
        assertThat(socket.written().stream().filter(frame -> frame.contains("\"type\":\"typing\"")))
                .as("both reach this node's inbox")
                .hasSize(2);
    }
}
