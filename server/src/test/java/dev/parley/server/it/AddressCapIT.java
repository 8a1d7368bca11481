package dev.parley.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.server.incontainer.OnArquillianServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The cap of sockets per client address. It runs against the in-container tests' server, whose cap is 8
 * ({@code parley.ws.max-connections-per-address} in its configuration): every test client there comes from loopback,
 * and nothing else on that server holds sockets open. It talks to Parley from outside, as any client does.
 */
@OnArquillianServer
@RunAsClient
class AddressCapIT {

    private static final int PER_ADDRESS = 8;
    private static final String PING = "{\"type\":\"ping\"}";

    private final List<RawWebSocket> open = new ArrayList<>();

    @AfterEach
    void closeAll() {
        open.forEach(RawWebSocket::close);
    }

    private RawWebSocket socket() {
        RawWebSocket socket = RawWebSocket.open("/ws/visitor", Optional.empty(), 0);
        open.add(socket);
        return socket;
    }

    @Test
    void the_socket_over_the_address_cap_is_refused_with_4008_and_the_open_ones_stay() {
        for (int i = 0; i < PER_ADDRESS; i++) {
            RawWebSocket admitted = socket();
            admitted.sendText(PING);
            assertThat(admitted.next(Duration.ofSeconds(10)).text()).contains("\"pong\"");
        }

        RawWebSocket refused = socket();

        RawWebSocket.Frame close = refused.nextClose(Duration.ofSeconds(10));
        assertThat(close.closeCode()).isEqualTo(4008);
        assertThat(close.closeReason()).isEqualTo("too_many_connections");
        for (RawWebSocket admitted : open.subList(0, PER_ADDRESS)) {
            admitted.sendText(PING);
            assertThat(admitted.next(Duration.ofSeconds(10)).text()).contains("\"pong\"");
        }
        // A closed socket gives its place back, once the server has seen it close.
        open.get(0).close();
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (true) {
            RawWebSocket again = socket();
            again.sendText(PING);
            RawWebSocket.Frame answer = again.next(Duration.ofSeconds(10));
            if (!answer.isClose()) {
                assertThat(answer.text()).contains("\"pong\"");
                break;
            }
            assertThat(System.nanoTime()).as("the place came back within 10 s").isLessThan(deadline);
        }
    }
}
