package dev.parley.server.it;

import static dev.parley.server.it.UploadApi.Caller.visitor;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An image no message shows is deleted once it is older than {@code PARLEY_UPLOAD_UNUSED_TTL} (20 s on the server
 * under test, looked for every second); an image a message shows stays.
 */
class UnusedUploadsIT {

    private static final Duration UNUSED_TTL = Duration.ofSeconds(20);

    @BeforeAll
    static void serverAnswers() throws InterruptedException {
        UploadApi.awaitServer();
    }

    @Test
    void an_unused_upload_is_deleted_after_its_time_and_a_used_one_stays() throws Exception {
        String token = UploadApi.newVisitor();
        Instant beforeUpload = Instant.now();
        String unused = id(UploadApi.upload(visitor(token), "image/png", UploadApi.png(1_000)));
        String used = id(UploadApi.upload(visitor(token), "image/png", UploadApi.png(2_000)));
        UploadApi.showInMessage(token, used);
        assertThat(UploadApi.download(visitor(token), unused).statusCode()).isEqualTo(200);

        // Never gone before its time (the application test proves the edge on a clock of its own): polled until gone.
        Instant deadline = beforeUpload.plus(UNUSED_TTL).plusSeconds(60);
        while (UploadApi.download(visitor(token), unused).statusCode() != 404) {
            assertThat(Instant.now())
                    .as("deleted within a minute after its time")
                    .isBefore(deadline);
            Thread.sleep(500);
        }
        assertThat(Duration.between(beforeUpload, Instant.now())).isGreaterThanOrEqualTo(UNUSED_TTL);

        HttpResponse<byte[]> stays = UploadApi.download(visitor(token), used);
        assertThat(stays.statusCode()).isEqualTo(200);
        assertThat(stays.body()).hasSize(2_000);
    }

    private static String id(HttpResponse<byte[]> stored) {
        assertThat(stored.statusCode()).as(UploadApi.text(stored)).isEqualTo(201);
        return UploadApi.json(stored).getString("id");
    }
}
