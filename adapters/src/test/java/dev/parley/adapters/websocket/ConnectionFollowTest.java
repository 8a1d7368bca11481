package dev.parley.adapters.websocket;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** A conversation followed again, as a client does when it opens a thread again from the start. */
class ConnectionFollowTest {

    private final Connections.History history = new Connections.History();

    @Test
    void opened_again_from_the_start_while_its_catch_up_is_finishing_it_gets_every_message_again_once() {
        history.post("one");
        history.post("two");
        FakeSocket socket = new FakeSocket();
        Connection connection = connection(socket);
        AtomicReference<Connection> client = new AtomicReference<>(connection);
        AtomicBoolean reopened = new AtomicBoolean();
        // The client reads message 2 and opens the conversation again from the start (another epoch) before the
        // connection has recorded that it delivered message 2.
        socket.onRead = frame -> {
            if (isMessage(frame, 2) && reopened.compareAndSet(false, true)) {
                client.get().follow(history.conversation, 0);
            }
        };

        connection.follow(history.conversation, 0);

        assertThat(messageSeqs(socket)).containsExactly(1L, 2L, 1L, 2L);
        assertThat(connection.deliveredIn(history.conversation)).isEqualTo(2);
    }

    @Test
    void followed_again_from_where_it_is_it_gets_nothing_twice() {
        history.post("one");
        FakeSocket socket = new FakeSocket();
        Connection connection = connection(socket);
        connection.follow(history.conversation, 0);

        connection.follow(history.conversation, 1);
        history.post("two");
        connection.follow(history.conversation, 1);

        assertThat(messageSeqs(socket)).containsExactly(1L, 2L);
    }

    private Connection connection(FakeSocket socket) {
        return new Connection(
                socket.session,
                Connection.Side.AGENT,
                Runnable::run,
                new Connection.SendQueueBounds(100, 100_000, 100),
                history.query(),
                new FollowerIndex(),
                closed -> {});
    }

    private static boolean isMessage(String frame, long seq) {
        JsonObject json = Json.createReader(new StringReader(frame)).readObject();
        return json.getString("type").equals("message")
                && json.getJsonNumber("seq").longValue() == seq;
    }

    private static List<Long> messageSeqs(FakeSocket socket) {
        return socket.written().stream()
                .map(frame -> Json.createReader(new StringReader(frame)).readObject())
                .filter(json -> json.getString("type").equals("message"))
                .map(json -> json.getJsonNumber("seq").longValue())
                .toList();
    }
}
