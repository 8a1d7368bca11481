package dev.parley.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.server.it.ParleyClient.AgentSession;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * The WebSocket handshakes check the browser's {@code Origin}: {@code /ws/visitor} accepts Parley's own origin and
 * the sites the store allows; {@code /ws/agent} only Parley's own. Requests without an {@code Origin} are not a
 * browser's and pass. The JDK's WebSocket client will not set {@code Origin}, so the handshakes are written by hand.
 */
class HandshakeOriginIT {

    private static final String FOREIGN = "https://evil-" + Long.toHexString(System.nanoTime()) + ".example";

    @Test
    void a_visitor_handshake_without_an_origin_or_from_parleys_own_origin_is_accepted() {
        assertThat(handshake("/ws/visitor", Optional.empty(), Optional.empty()).status())
                .isEqualTo(101);
        assertThat(handshake("/ws/visitor", Optional.of(ownOrigin()), Optional.empty())
                        .status())
                .isEqualTo(101);
    }

    @Test
    void an_accepted_handshake_opens_no_http_session() {
        Answer visitor = handshake("/ws/visitor", Optional.of(ownOrigin()), Optional.empty());

        assertThat(visitor.status()).isEqualTo(101);
        assertThat(visitor.head().toLowerCase(java.util.Locale.ROOT))
                .as("a socket holds no server session: %s", visitor.head())
                .doesNotContain("set-cookie");
    }

    @Test
    void a_visitor_handshake_from_a_site_the_store_does_not_allow_is_forbidden() {
        Answer answer = handshake("/ws/visitor", Optional.of(FOREIGN), Optional.empty());

        assertForbidden(answer);
        assertForbidden(handshake("/ws/visitor", Optional.of("null"), Optional.empty()));
    }

    @Test
    void a_visitor_handshake_from_an_allowed_site_is_accepted_until_the_site_is_removed() {
        AgentSession admin = ParleyClient.signInAsAdmin();
        JsonObject before = SettingsApi.read(admin);
        try {
            SettingsApi.update(
                    admin,
                    Json.createObjectBuilder()
                            .add(
                                    "allowedOrigins",
                                    Json.createArrayBuilder(before.getJsonArray("allowedOrigins"))
                                            .add(FOREIGN))
                            .build());

            assertThat(handshake("/ws/visitor", Optional.of(FOREIGN), Optional.empty())
                            .status())
                    .isEqualTo(101);
            // Browsers send the origin in lower case and without the default port, but any case matches.
            assertThat(handshake(
                                    "/ws/visitor",
                                    Optional.of(FOREIGN.toUpperCase(java.util.Locale.ROOT) + ":443"),
                                    Optional.empty())
                            .status())
                    .isEqualTo(101);
            // An allowed storefront may embed the chat, never the inbox.
            assertForbidden(handshake("/ws/agent", Optional.of(FOREIGN), Optional.of(admin.cookie())));
        } finally {
            SettingsApi.restore(admin, before);
        }
        assertForbidden(handshake("/ws/visitor", Optional.of(FOREIGN), Optional.empty()));
    }

    @Test
    void an_agent_handshake_from_another_site_is_forbidden_even_with_the_session_cookie() {
        AgentSession agent = ParleyClient.signInAsAdmin();

        assertForbidden(handshake("/ws/agent", Optional.of(FOREIGN), Optional.of(agent.cookie())));
        assertThat(handshake("/ws/agent", Optional.of(ownOrigin()), Optional.of(agent.cookie()))
                        .status())
                .isEqualTo(101);
        assertThat(handshake("/ws/agent", Optional.empty(), Optional.of(agent.cookie()))
                        .status())
                .isEqualTo(101);
    }

    private static void assertForbidden(Answer answer) {
        assertThat(answer.status()).as(answer.head()).isEqualTo(403);
        assertThat(answer.head().toLowerCase(java.util.Locale.ROOT)).contains("application/problem+json");
        JsonObject problem = ParleyClient.json(answer.body());
        assertThat(problem.getInt("status")).isEqualTo(403);
        assertThat(problem.getString("code")).isEqualTo("origin_not_allowed");
    }

    private static String ownOrigin() {
        return ParleyClient.baseUrl();
    }

    /**
     * The status line, headers and (for a refusal) body of a WebSocket upgrade request.
     *
     * @param status the HTTP status
     * @param head the status line and headers
     * @param body the body, empty after a 101
     */
    record Answer(int status, String head, String body) {}

    private static Answer handshake(String path, Optional<String> origin, Optional<String> cookie) {
        URI base = URI.create(ParleyClient.baseUrl());
        int port = base.getPort() == -1 ? 80 : base.getPort();
        byte[] nonce = new byte[16];
        ThreadLocalRandom.current().nextBytes(nonce);
        StringBuilder request = new StringBuilder()
                .append("GET ")
                .append(path)
                .append(" HTTP/1.1\r\n")
                .append("Host: ")
                .append(base.getHost())
                .append(base.getPort() == -1 ? "" : ":" + port)
                .append("\r\n")
                .append("Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\n")
                .append("Sec-WebSocket-Key: ")
                .append(Base64.getEncoder().encodeToString(nonce))
                .append("\r\n");
        origin.ifPresent(value -> request.append("Origin: ").append(value).append("\r\n"));
        cookie.ifPresent(value -> request.append("Cookie: ").append(value).append("\r\n"));
        request.append("\r\n");
        try (Socket socket = new Socket(base.getHost(), port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String head = readHead(in);
            int status = Integer.parseInt(head.split(" ", 3)[1]);
            String body = status == 101 ? "" : readBody(in, head);
            return new Answer(status, head, body);
        } catch (IOException failed) {
            throw new UncheckedIOException("No handshake answer from Parley at " + base, failed);
        }
    }

    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        byte[] end = {'\r', '\n', '\r', '\n'};
        while (matched < end.length) {
            int next = in.read();
            if (next == -1) {
                break;
            }
            head.write(next);
            matched = next == end[matched] ? matched + 1 : (next == '\r' ? 1 : 0);
        }
        return head.toString(StandardCharsets.ISO_8859_1);
    }

    private static String readBody(InputStream in, String head) throws IOException {
        String lower = head.toLowerCase(java.util.Locale.ROOT);
        int at = lower.indexOf("content-length:");
        if (at >= 0) {
            int length = Integer.parseInt(
                    lower.substring(at + 15, lower.indexOf('\r', at)).strip());
            return new String(in.readNBytes(length), StandardCharsets.UTF_8);
        }
        if (lower.contains("transfer-encoding: chunked")) {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            while (true) {
                String sizeLine = readLine(in);
                int size = Integer.parseInt(sizeLine.split(";", 2)[0].strip(), 16);
                if (size == 0) {
                    break;
                }
                body.write(in.readNBytes(size));
                readLine(in);
            }
            return body.toString(StandardCharsets.UTF_8);
        }
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }

    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int next;
        while ((next = in.read()) != -1 && next != '\n') {
            if (next != '\r') {
                line.write(next);
            }
        }
        return line.toString(StandardCharsets.ISO_8859_1);
    }
}
