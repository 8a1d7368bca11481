package dev.parley.server.it;

import static dev.parley.server.it.Frames.newClientMessageId;
import static dev.parley.server.it.UploadApi.Caller.visitor;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * An image no message shows is deleted once it is older than {@code PARLEY_UPLOAD_UNUSED_TTL} (20 s on the server
 * under test, looked for every second), which also gives its bytes back to the visitor's quota; an image a message
 * shows stays.
 */
class UnusedUploadsIT {

    private static final Duration UNUSED_TTL = Duration.ofSeconds(20);
    private static final int MAX_STORED = 5 * 1024 * 1024 + 64;

    @Test
    void an_unused_upload_is_deleted_after_its_time_and_a_used_one_stays() throws Exception {
        String token = UploadApi.newVisitor();
        String unused = id(UploadApi.upload(visitor(token), "image/png", UploadApi.png(UploadApi.MAX_BYTES)));
        String used =
                id(UploadApi.upload(visitor(token), "image/png", UploadApi.png(MAX_STORED - UploadApi.MAX_BYTES)));
        Instant uploaded = Instant.now();
        sendImage(token, used);
        assertThat(UploadApi.upload(visitor(token), "image/png", UploadApi.PNG).statusCode())
                .as("the quota is full")
                .isEqualTo(413);

        Thread.sleep(UNUSED_TTL.minusSeconds(5).toMillis());
        assertThat(UploadApi.download(visitor(token), unused).statusCode())
                .as("kept until its time is up")
                .isEqualTo(200);

        Instant deadline = uploaded.plus(UNUSED_TTL).plusSeconds(30);
        while (UploadApi.download(visitor(token), unused).statusCode() != 404) {
            assertThat(Instant.now()).as("deleted within 30 s after its time").isBefore(deadline);
            Thread.sleep(500);
        }
        assertThat(Duration.between(uploaded, Instant.now())).isGreaterThanOrEqualTo(UNUSED_TTL);

        HttpResponse<byte[]> stays = UploadApi.download(visitor(token), used);
        assertThat(stays.statusCode()).isEqualTo(200);
        assertThat(stays.body()).hasSize(MAX_STORED - UploadApi.MAX_BYTES);
        HttpResponse<byte[]> again = UploadApi.upload(visitor(token), "image/png", UploadApi.PNG);
        assertThat(again.statusCode())
                .as("the deleted upload's bytes are back in the quota: " + UploadApi.text(again))
                .isEqualTo(201);
    }

    private static String id(HttpResponse<byte[]> stored) {
        assertThat(stored.statusCode()).as(UploadApi.text(stored)).isEqualTo(201);
        return UploadApi.json(stored).getString("id");
    }

    /** The visitor shows the image in a message of theirs. */
    private static void sendImage(String token, String imageId) {
        try (FrameSocket socket = FrameSocket.open("/ws/visitor", Optional.empty())) {
            socket.send(UploadApi.hello(token));
            socket.next("ready");
            socket.send(UploadApi.sendImage(newClientMessageId(), null, imageId, null));
            socket.next("ack");
        }
    }
}
