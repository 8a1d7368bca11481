package dev.parley.server.it;

import static dev.parley.server.it.Frames.newClientMessageId;
import static dev.parley.server.it.UploadApi.Caller.agent;
import static dev.parley.server.it.UploadApi.Caller.agentWithoutCsrf;
import static dev.parley.server.it.UploadApi.Caller.anonymous;
import static dev.parley.server.it.UploadApi.Caller.visitor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.server.it.ParleyClient.AgentSession;
import dev.parley.server.it.UploadApi.Caller;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Image uploads: who may upload, who may see an image (its uploader, then the participants of a conversation that
 * shows it, nobody else), the size limit, and bytes that only pretend to be an image.
 */
class UploadIT {

    @Test
    void a_visitors_upload_is_theirs_alone_until_a_message_shows_it() {
        String visitorA = UploadApi.newVisitor();
        String visitorB = UploadApi.newVisitor();
        AgentSession admin = ParleyClient.signInAsAdmin();

        HttpResponse<byte[]> stored = UploadApi.upload(visitor(visitorA), "image/png", UploadApi.PNG);
        assertThat(stored.statusCode()).as(UploadApi.text(stored)).isEqualTo(201);
        JsonObject upload = UploadApi.json(stored);
        String id = upload.getString("id");
        assertThat(upload.getString("contentType")).isEqualTo("image/png");
        assertThat(upload.getJsonNumber("size").longValue()).isEqualTo(UploadApi.PNG.length);
        assertThat(stored.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/api/v1/uploads/" + id));

        HttpResponse<byte[]> own = UploadApi.download(visitor(visitorA), id);
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(own.body()).isEqualTo(UploadApi.PNG);
        assertThat(own.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(own.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(own.headers().firstValue("Content-Disposition")).hasValue("inline");
        assertThat(own.headers().firstValue("Cache-Control"))
                .hasValueSatisfying(
                        cache -> assertThat(cache).startsWith("private").contains("max-age="));

        for (Caller stranger : List.of(anonymous(), visitor(visitorB), agent(admin), visitor("not-a-token"))) {
            assertNotFound(UploadApi.download(stranger, id));
        }
        assertNotFound(UploadApi.download(visitor(visitorA), UUID.randomUUID().toString()));
        assertNotFound(UploadApi.download(visitor(visitorA), "not-an-id"));

        String conversation = sendImage(visitorA, id);

        assertThat(UploadApi.download(agent(admin), id).statusCode()).isEqualTo(200);
        assertThat(UploadApi.download(visitor(visitorA), id).statusCode()).isEqualTo(200);
        assertNotFound(UploadApi.download(visitor(visitorB), id));
        assertNotFound(UploadApi.download(anonymous(), id));
        assertThat(conversation).isNotBlank();
    }

    @Test
    void an_agents_upload_reaches_the_visitor_only_once_a_reply_shows_it() {
        String visitorA = UploadApi.newVisitor();
        String visitorB = UploadApi.newVisitor();
        AgentSession admin = ParleyClient.signInAsAdmin();
        String conversation = sendImage(visitorA, UploadApi.uploadPng(visitor(visitorA)));

        String id = UploadApi.uploadPng(agent(admin));
        assertThat(UploadApi.download(agent(admin), id).statusCode()).isEqualTo(200);
        assertNotFound(UploadApi.download(visitor(visitorA), id));

        try (FrameSocket inbox = admin.openInbox()) {
            inbox.send(UploadApi.sendImage(newClientMessageId(), null, id, conversation));
            inbox.next("ack");
        }

        assertThat(UploadApi.download(visitor(visitorA), id).statusCode()).isEqualTo(200);
        assertNotFound(UploadApi.download(visitor(visitorB), id));
        assertNotFound(UploadApi.download(anonymous(), id));
    }

    @Test
    void only_visitors_with_a_token_and_signed_in_agents_with_the_csrf_token_upload() {
        AgentSession admin = ParleyClient.signInAsAdmin();

        HttpResponse<byte[]> nobody = UploadApi.upload(anonymous(), "image/png", UploadApi.PNG);
        assertThat(nobody.statusCode()).isEqualTo(401);
        assertThat(UploadApi.json(nobody).getString("code")).isEqualTo("not_signed_in");
        HttpResponse<byte[]> forged = UploadApi.upload(visitor("forged-token"), "image/png", UploadApi.PNG);
        assertThat(forged.statusCode()).isEqualTo(401);
        assertThat(UploadApi.json(forged).getString("code")).isEqualTo("visitor_unknown");
        HttpResponse<byte[]> noCsrf = UploadApi.upload(agentWithoutCsrf(admin), "image/png", UploadApi.PNG);
        assertThat(noCsrf.statusCode()).isEqualTo(403);
        assertThat(UploadApi.json(noCsrf).getString("code")).isEqualTo("csrf_token_invalid");

        assertThat(UploadApi.upload(agent(admin), "image/png", UploadApi.PNG).statusCode())
                .isEqualTo(201);
        assertThat(UploadApi.upload(visitor(UploadApi.newVisitor()), "image/png", UploadApi.PNG)
                        .statusCode())
                .isEqualTo(201);
    }

    @Test
    void takes_an_upload_at_the_limit_and_refuses_one_byte_more() {
        String token = UploadApi.newVisitor();

        HttpResponse<byte[]> atLimit =
                UploadApi.upload(visitor(token), "image/png", UploadApi.png(UploadApi.MAX_BYTES));
        assertThat(atLimit.statusCode()).as(UploadApi.text(atLimit)).isEqualTo(201);
        assertThat(UploadApi.json(atLimit).getJsonNumber("size").longValue()).isEqualTo(UploadApi.MAX_BYTES);
        assertThat(UploadApi.download(visitor(token), UploadApi.json(atLimit).getString("id"))
                        .body())
                .hasSize(UploadApi.MAX_BYTES);

        HttpResponse<byte[]> over =
                UploadApi.upload(visitor(token), "image/png", UploadApi.png(UploadApi.MAX_BYTES + 1));
        assertThat(over.statusCode()).isEqualTo(413);
        assertThat(ParleyClient.contentType(over)).startsWith("application/problem+json");
        assertThat(UploadApi.json(over).getString("code")).isEqualTo("upload_too_large");
    }

    @Test
    void refuses_an_image_of_too_many_pixels_however_few_its_bytes() {
        String token = UploadApi.newVisitor();

        HttpResponse<byte[]> atLimit = UploadApi.upload(visitor(token), "image/png", UploadApi.pngOf(8_000, 5_000));
        assertThat(atLimit.statusCode()).as(UploadApi.text(atLimit)).isEqualTo(201);

        HttpResponse<byte[]> bomb = UploadApi.upload(visitor(token), "image/png", UploadApi.pngOf(8_000, 5_001));
        assertThat(bomb.statusCode()).as(UploadApi.text(bomb)).isEqualTo(413);
        assertThat(ParleyClient.contentType(bomb)).startsWith("application/problem+json");
        assertThat(UploadApi.json(bomb).getString("code")).isEqualTo("image_too_many_pixels");
        assertThat(UploadApi.upload(visitor(token), "image/png", UploadApi.pngOf(100_000, 100_000))
                        .statusCode())
                .isEqualTo(413);
    }

    @Test
    void refuses_bytes_that_only_pretend_to_be_an_image() {
        String token = UploadApi.newVisitor();
        byte[] script =
                "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>".getBytes(StandardCharsets.UTF_8);
        byte[] gif = "GIF89a\u0001\u0000\u0001\u0000".getBytes(StandardCharsets.ISO_8859_1);
        byte[] wave = "RIFF\u0000\u0000\u0000\u0000WAVEfmt ".getBytes(StandardCharsets.ISO_8859_1);

        for (Object[] fake : List.of(
                new Object[] {"image/png", script},
                new Object[] {"image/jpeg", UploadApi.PNG},
                new Object[] {"image/svg+xml", script},
                new Object[] {"text/html", UploadApi.PNG},
                new Object[] {"image/webp", wave},
                new Object[] {"image/png", gif})) {
            HttpResponse<byte[]> refused = UploadApi.upload(visitor(token), (String) fake[0], (byte[]) fake[1]);
            assertThat(refused.statusCode())
                    .as("%s: %s", fake[0], UploadApi.text(refused))
                    .isEqualTo(415);
            assertThat(UploadApi.json(refused).getString("code")).isEqualTo("not_an_image");
        }
        assertThat(UploadApi.upload(visitor(token), "image/gif", gif).statusCode())
                .isEqualTo(201);
    }

    @Test
    void a_message_may_show_only_an_image_its_sender_uploaded() {
        String visitorA = UploadApi.newVisitor();
        String visitorB = UploadApi.newVisitor();
        String othersImage = UploadApi.uploadPng(visitor(visitorB));
        String agentsImage = UploadApi.uploadPng(agent(ParleyClient.signInAsAdmin()));

        try (FrameSocket socket = FrameSocket.open("/ws/visitor", Optional.empty())) {
            socket.send(UploadApi.hello(visitorA));
            socket.next("ready");
            for (String image :
                    List.of(othersImage, agentsImage, UUID.randomUUID().toString(), "not-an-id")) {
                String clientMessageId = newClientMessageId();
                socket.send(UploadApi.sendImage(clientMessageId, "look", image, null));
                JsonObject error = socket.next("error");
                assertThat(error.getString("code")).isEqualTo("image_not_found");
                assertThat(error.getString("clientMessageId")).isEqualTo(clientMessageId);
            }
            socket.noFrameWithin(FrameSocket.QUIET, "message", frame -> true);
        }
        assertNotFound(UploadApi.download(visitor(visitorA), othersImage));
    }

    /** The visitor sends the image alone over the WebSocket; returns the conversation. */
    private static String sendImage(String token, String imageId) {
        try (FrameSocket socket = FrameSocket.open("/ws/visitor", Optional.empty())) {
            socket.send(UploadApi.hello(token));
            socket.next("ready");
            socket.send(UploadApi.sendImage(newClientMessageId(), null, imageId, null));
            return socket.next("ack").getString("conversationId");
        }
    }

    private static void assertNotFound(HttpResponse<byte[]> response) {
        assertThat(response.statusCode()).as(UploadApi.text(response)).isEqualTo(404);
        assertThat(ParleyClient.contentType(response)).startsWith("application/problem+json");
        assertThat(UploadApi.json(response).getString("code")).isEqualTo("upload_not_found");
        // Every answer, a refusal too, tells browsers never to guess its type (docs/security.md, "Headers").
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }
}
