package dev.parley.server.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.time.Duration;
import java.util.Collections;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Whose {@code X-Forwarded-*} headers count. The server under test trusts loopback as its reverse proxy
 * ({@code PARLEY_TRUSTED_PROXIES} in the IT env files) and nobody else, as a real installation trusts its proxy: a
 * forwarded address from loopback is the client's (every other IT relies on it to give each client an address of its
 * own), while the same header from any other address is ignored and the connection's own address counts.
 */
class TrustedProxyIT {

    private static final String SESSION = "/api/v1/visitor/session";
    private static final int VISITOR_SESSIONS_PER_ADDRESS = 20;

    @Test
    void from_a_trusted_proxy_each_forwarded_address_has_its_own_allowance() {
        for (int i = 0; i < VISITOR_SESSIONS_PER_ADDRESS + 5; i++) {
            assertThat(ParleyClient.postJsonFrom(ParleyClient.newClientAddress(), SESSION, "")
                            .statusCode())
                    .isEqualTo(200);
        }
    }

    @Test
    void from_an_untrusted_address_the_forwarded_address_is_ignored() throws Exception {
        Optional<InetAddress> outside = nonLoopbackAddress();
        assumeTrue(outside.isPresent(), "this machine has an address other than loopback to connect from");
        URI base = URI.create(ParleyClient.baseUrl());
        URI session = new URI("http", null, outside.get().getHostAddress(), base.getPort(), SESSION, null, null);

        // Every request names another client, but none of them counts: they all are the connection's one address.
        int accepted = 0;
        HttpResponse<String> last = null;
        for (int i = 0; i <= VISITOR_SESSIONS_PER_ADDRESS; i++) {
            last = ParleyClient.http()
                    .send(
                            HttpRequest.newBuilder(session)
                                    .timeout(Duration.ofSeconds(20))
                                    .header(ParleyClient.FORWARDED_FOR, ParleyClient.newClientAddress())
                                    .POST(HttpRequest.BodyPublishers.noBody())
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            if (last.statusCode() == 200) {
                accepted++;
            }
        }

        assertThat(accepted).isEqualTo(VISITOR_SESSIONS_PER_ADDRESS);
        ParleyClient.assertProblem(last, 429, "rate_limited");
    }

    @Test
    void forwarded_https_from_a_trusted_proxy_makes_the_request_secure() throws Exception {
        // Parley's own origin is the request's scheme and host: an https page of this host may open the chat only
        // when the request counts as https, which only a trusted proxy's X-Forwarded-Proto can make it here.
        URI base = URI.create(ParleyClient.baseUrl());
        String httpsOrigin = "https://" + base.getHost() + ":" + base.getPort();

        assertThat(handshake(httpsOrigin, Optional.of("https"))).isEqualTo(101);
        assertThat(handshake(httpsOrigin, Optional.empty())).isEqualTo(403);
    }

    /** The status of a {@code /ws/visitor} handshake from a page of {@code origin} through the trusted proxy. */
    private static int handshake(String origin, Optional<String> forwardedProto) throws Exception {
        WebSocket.Builder builder = ParleyClient.http()
                .newWebSocketBuilder()
                .connectTimeout(FrameSocket.PATIENCE)
                .header("Origin", origin)
                .header(ParleyClient.FORWARDED_FOR, ParleyClient.newClientAddress());
        forwardedProto.ifPresent(proto -> builder.header("X-Forwarded-Proto", proto));
        try {
            WebSocket socket = builder.buildAsync(ParleyClient.webSocketUri("/ws/visitor"), new WebSocket.Listener() {})
                    .get(FrameSocket.PATIENCE.toSeconds(), TimeUnit.SECONDS);
            socket.abort();
            return 101;
        } catch (ExecutionException failed) {
            assertThat(failed.getCause()).isInstanceOf(WebSocketHandshakeException.class);
            return ((WebSocketHandshakeException) failed.getCause())
                    .getResponse()
                    .statusCode();
        }
    }

    private static Optional<InetAddress> nonLoopbackAddress() throws SocketException {
        for (NetworkInterface network : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (network.isUp() && !network.isLoopback()) {
                for (InetAddress address : Collections.list(network.getInetAddresses())) {
                    if (address instanceof Inet4Address) {
                        return Optional.of(address);
                    }
                }
            }
        }
        return Optional.empty();
    }
}
