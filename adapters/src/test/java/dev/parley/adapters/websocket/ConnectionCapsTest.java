package dev.parley.adapters.websocket;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConnectionCapsTest {

    private final ConnectionCaps caps = new ConnectionCaps(kind -> kind == ConnectionCaps.Kind.VISITOR ? 3 : 1);

    private static Connection connection() {
        return Connections.connection(new FakeSocket());
    }

    @Test
    void the_socket_at_the_cap_is_admitted_and_the_next_one_refused() {
        List<Connection> open = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Connection connection = connection();
            assertThat(caps.take(connection, ConnectionCaps.Kind.VISITOR, "v1")).isTrue();
            open.add(connection);
        }

        assertThat(caps.take(connection(), ConnectionCaps.Kind.VISITOR, "v1")).isFalse();
        assertThat(caps.open(ConnectionCaps.Kind.VISITOR, "v1")).isEqualTo(3);
        // Another key has its own count, and another kind its own cap.
        assertThat(caps.take(connection(), ConnectionCaps.Kind.VISITOR, "v2")).isTrue();
        assertThat(caps.take(open.get(0), ConnectionCaps.Kind.ADDRESS, "10.0.0.1"))
                .isTrue();
        assertThat(caps.take(connection(), ConnectionCaps.Kind.ADDRESS, "10.0.0.1"))
                .isFalse();
    }

    @Test
    void a_closed_socket_gives_its_places_back_once() {
        Connection first = connection();
        Connection second = connection();
        caps.take(first, ConnectionCaps.Kind.VISITOR, "v1");
        caps.take(first, ConnectionCaps.Kind.ADDRESS, "10.0.0.1");
        caps.take(second, ConnectionCaps.Kind.VISITOR, "v1");

        caps.release(first);
        caps.release(first);

        assertThat(caps.open(ConnectionCaps.Kind.VISITOR, "v1")).isEqualTo(1);
        assertThat(caps.open(ConnectionCaps.Kind.ADDRESS, "10.0.0.1")).isZero();
        assertThat(caps.take(connection(), ConnectionCaps.Kind.ADDRESS, "10.0.0.1"))
                .isTrue();
    }
}
