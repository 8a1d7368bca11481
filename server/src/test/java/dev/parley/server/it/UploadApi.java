package dev.parley.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.server.it.ParleyClient.AgentSession;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;

/** Uploads and downloads of images, as a visitor (bearer token), an agent (session) or nobody. */
final class UploadApi {

    /** The upload limit of the server under test ({@code PARLEY_UPLOAD_MAX_BYTES}). */
    static final int MAX_BYTES = Integer.getInteger("parley.it.upload.maxBytes", 5 * 1024 * 1024);

    /** The start of a PNG of one pixel: its signature and its header chunk (IHDR) with the size, 1 × 1. */
    static final byte[] PNG = pngOf(1, 1);

    private UploadApi() {}

    /** Who makes a request: a visitor's token, an agent's session (with or without its CSRF token), or nobody. */
    record Caller(String token, AgentSession agent, boolean withCsrf) {

        static Caller anonymous() {
            return new Caller(null, null, false);
        }

        static Caller visitor(String token) {
            return new Caller(token, null, false);
        }

        static Caller agent(AgentSession session) {
            return new Caller(null, session, true);
        }

        static Caller agentWithoutCsrf(AgentSession session) {
            return new Caller(null, session, false);
        }

        HttpRequest.Builder sign(HttpRequest.Builder request) {
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            if (agent != null) {
                request.header("Cookie", agent.cookie());
                if (withCsrf) {
                    request.header("X-Parley-CSRF", agent.csrfToken());
                }
            }
            return request;
        }
    }

    /**
     * Waits until the server answers a visitor session, for up to three minutes: on a busy machine the application may
     * still be starting (Liberty answers 404) or its first requests may take longer than a request's timeout.
     */
    static void awaitServer() throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (true) {
            try {
                if (ParleyClient.postJson("/api/v1/visitor/session", "{}").statusCode() == 200) {
                    return;
                }
            } catch (UncheckedIOException slow) {
                if (Instant.now().isAfter(deadline)) {
                    throw slow;
                }
            }
            assertThat(Instant.now()).as("Parley answers within three minutes").isBefore(deadline);
            Thread.sleep(1_000);
        }
    }

    /** The visitor shows the image in a message of theirs. */
    static void showInMessage(String token, String imageId) {
        try (FrameSocket socket = FrameSocket.open("/ws/visitor", Optional.empty())) {
            socket.send(UploadApi.hello(token));
            socket.next("ready");
            socket.send(UploadApi.sendImage(Frames.newClientMessageId(), null, imageId, null));
            socket.next("ack");
        }
    }

    /** A new anonymous visitor's token. */
    static String newVisitor() {
        HttpResponse<String> session = ParleyClient.postJson("/api/v1/visitor/session", "{}");
        assertThat(session.statusCode()).as(session.body()).isEqualTo(200);
        return ParleyClient.json(session.body()).getString("token");
    }

    /** The start of a PNG of {@code width} × {@code height} pixels: 33 bytes, whatever the size claimed. */
    static byte[] pngOf(int width, int height) {
        byte[] data = Arrays.copyOf(
                new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'}, 33);
        ByteBuffer.wrap(data, 16, 8).putInt(width).putInt(height);
        return data;
    }

    /** A one-pixel PNG of exactly {@code size} bytes (its signature and header, then padding). */
    static byte[] png(int size) {
        byte[] data = Arrays.copyOf(PNG, size);
        Arrays.fill(data, PNG.length, size, (byte) 7);
        return data;
    }

    static HttpResponse<byte[]> upload(Caller caller, String contentType, byte[] data) {
        return send(caller.sign(HttpRequest.newBuilder(ParleyClient.uri("/api/v1/uploads"))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(data))));
    }

    /** Uploads a small PNG and returns its id; fails the test unless it is stored. */
    static String uploadPng(Caller caller) {
        HttpResponse<byte[]> response = upload(caller, "image/png", PNG);
        assertThat(response.statusCode()).as(text(response)).isEqualTo(201);
        return json(response).getString("id");
    }

    static HttpResponse<byte[]> download(Caller caller, String id) {
        return send(caller.sign(HttpRequest.newBuilder(ParleyClient.uri("/api/v1/uploads/" + id))
                .GET()));
    }

    static JsonObject json(HttpResponse<byte[]> response) {
        return ParleyClient.json(text(response));
    }

    static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    /** A returning visitor's hello, naming no conversation. */
    static JsonObject hello(String token) {
        return Json.createObjectBuilder()
                .add("type", "hello")
                .add("token", token)
                .build();
    }

    /** A send frame with an image and, unless null, a text. */
    static JsonObject sendImage(String clientMessageId, String text, String imageId, String conversationId) {
        var frame = Json.createObjectBuilder()
                .add("type", "send")
                .add("clientMessageId", clientMessageId)
                .add("imageId", imageId);
        if (text != null) {
            frame.add("text", text);
        }
        if (conversationId != null) {
            frame.add("conversationId", conversationId);
        }
        return frame.build();
    }

    static HttpResponse<byte[]> send(HttpRequest.Builder request) {
        return send(ParleyClient.http(), request);
    }

    /** Sends the request with the given client; the body is read as bytes. */
    static HttpResponse<byte[]> send(HttpClient client, HttpRequest.Builder request) {
        try {
            return client.send(
                    request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException failed) {
            throw new UncheckedIOException("No answer from Parley at " + ParleyClient.baseUrl(), failed);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }
}
