package dev.parley.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A client that starts a request or a WebSocket upgrade and then goes silent, or opens a connection and sends
 * nothing, is dropped within seconds (the HTTP timeouts in server.xml), while WebSocket connections themselves stay
 * open past those timeouts (their idle timeout is Parley's own). Liberty's timeouts count from the last byte read: a
 * client that keeps sending a byte within each read timeout is not dropped by them (docs/security.md says what to put
 * in front of Parley for that).
 */
class SlowRequestIT {

    /** The server's inactivity and read timeouts (5 s, then 10 s twice), with room for a busy machine. */
    private static final Duration DROPPED_WITHIN = Duration.ofSeconds(40);

    @Test
    void a_request_or_upgrade_that_stops_half_way_is_dropped_within_seconds() {
        String host = URI.create(ParleyClient.baseUrl()).getHost();
        String request = "GET /health HTTP/1.1\r\nHost: " + host + "\r\nAccept: */*\r\n";
        String upgrade = "GET /ws/visitor HTTP/1.1\r\nHost: " + host + "\r\nUpgrade: websocket\r\n"
                + "Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n";
        CompletableFuture<Duration> page = CompletableFuture.supplyAsync(() -> sendThenWait(request));
        CompletableFuture<Duration> socket = CompletableFuture.supplyAsync(() -> sendThenWait(upgrade));
        CompletableFuture<Duration> silent = CompletableFuture.supplyAsync(() -> sendThenWait(""));
        System.out.printf(
                "SlowRequestIT: dropped after %d ms (half a request), %d ms (half an upgrade), %d ms (nothing sent)%n",
                page.join().toMillis(), socket.join().toMillis(), silent.join().toMillis());
        assertThat(page.join()).isLessThan(DROPPED_WITHIN);
        assertThat(socket.join()).isLessThan(DROPPED_WITHIN);
        assertThat(silent.join()).isLessThan(DROPPED_WITHIN);
    }

    @Test
    void an_open_websocket_outlives_the_http_timeouts() throws InterruptedException {
        try (FrameSocket visitor = FrameSocket.open("/ws/visitor", Optional.empty())) {
            visitor.send(Frames.visitorHello());
            visitor.next("ready");
            // Longer than the inactivity and read timeouts together, shorter than Parley's idle timeout (90 s).
            TimeUnit.SECONDS.sleep(30);
            visitor.send(Json.createObjectBuilder().add("type", "ping").build());
            assertThat(visitor.next("pong")).isNotNull();
        }
    }

    /**
     * Sends the start of a request, then nothing, and says how long the server took to close the connection; a
     * connection still open after twice {@link #DROPPED_WITHIN} fails the test.
     */
    private static Duration sendThenWait(String start) {
        URI base = URI.create(ParleyClient.baseUrl());
        long started = System.nanoTime();
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout((int) DROPPED_WITHIN.multipliedBy(2).toMillis());
            OutputStream out = socket.getOutputStream();
            out.write(start.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            try {
                while (in.read() != -1) {
                    // Whatever the server says (a 408, say) before it closes, the end is what counts.
                }
            } catch (SocketTimeoutException stillOpen) {
                throw new AssertionError("Still open after " + DROPPED_WITHIN.multipliedBy(2), stillOpen);
            } catch (IOException reset) {
                // A reset ends the connection as well as an orderly close.
            }
            return Duration.ofNanos(System.nanoTime() - started);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }
}
