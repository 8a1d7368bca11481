package dev.parley.server.it;

import static dev.parley.server.it.UploadApi.Caller.visitor;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A visitor's uploads are limited per hour in count and bytes (429 {@code rate_limited} with {@code Retry-After}), and
 * in the bytes they keep stored (413 {@code upload_quota_exceeded}); a refused upload stores nothing. The server under
 * test allows 3 uploads and 6 MiB per visitor per 60 s and 8 MiB stored per visitor (it-*.env).
 */
class UploadLimitsIT {

    private static final int UPLOADS_PER_WINDOW = 3;
    private static final int MAX_STORED = 8 * 1024 * 1024;

    @BeforeAll
    static void serverAnswers() throws InterruptedException {
        UploadApi.awaitServer();
    }

    @Test
    void a_visitor_uploads_as_many_images_as_the_window_allows_then_again_once_it_refills() throws Exception {
        String token = UploadApi.newVisitor();
        for (int i = 0; i < UPLOADS_PER_WINDOW; i++) {
            UploadApi.uploadPng(visitor(token));
        }

        HttpResponse<byte[]> refused = UploadApi.upload(visitor(token), "image/png", UploadApi.PNG);
        long retryAfter = assertRateLimited(refused);

        Thread.sleep(Duration.ofSeconds(retryAfter).plusMillis(300).toMillis());
        UploadApi.uploadPng(visitor(token));
        assertRateLimited(UploadApi.upload(visitor(token), "image/png", UploadApi.PNG));
        UploadApi.uploadPng(visitor(UploadApi.newVisitor()));
    }

    @Test
    void a_visitor_uploads_as_many_bytes_as_the_window_allows_and_keeps_no_more_than_their_quota() throws Exception {
        String token = UploadApi.newVisitor();
        byte[] most = UploadApi.png(UploadApi.MAX_BYTES);
        // Three times what is left: the window refills a tenth of a MiB a second, so this waits about 20 seconds.
        byte[] rest = UploadApi.png(MAX_STORED - UploadApi.MAX_BYTES);
        HttpResponse<byte[]> first = UploadApi.upload(visitor(token), "image/png", most);
        assertThat(first.statusCode()).isEqualTo(201);
        // Shown in a message, so that the clean-up of unused uploads (20 s here) leaves it in the quota.
        UploadApi.showInMessage(token, UploadApi.json(first).getString("id"));

        long retryAfter = assertRateLimited(UploadApi.upload(visitor(token), "image/png", rest));

        Thread.sleep(Duration.ofSeconds(retryAfter).plusMillis(300).toMillis());
        HttpResponse<byte[]> toTheQuota = UploadApi.upload(visitor(token), "image/png", rest);
        assertThat(toTheQuota.statusCode()).as(UploadApi.text(toTheQuota)).isEqualTo(201);

        HttpResponse<byte[]> refused = UploadApi.upload(visitor(token), "image/png", UploadApi.PNG);
        assertThat(refused.statusCode()).as(UploadApi.text(refused)).isEqualTo(413);
        assertThat(ParleyClient.contentType(refused)).startsWith("application/problem+json");
        assertThat(UploadApi.json(refused).getString("code")).isEqualTo("upload_quota_exceeded");
        assertThat(refused.headers().firstValue("Location")).isEmpty();
        assertThat(UploadApi.upload(visitor(token), "image/png", UploadApi.PNG).statusCode())
                .as("still full: the refused upload was not stored")
                .isEqualTo(413);
        UploadApi.uploadPng(visitor(UploadApi.newVisitor()));
    }

    /** Asserts a 429 {@code rate_limited} problem that stores nothing; returns its {@code Retry-After} in seconds. */
    private static long assertRateLimited(HttpResponse<byte[]> refused) {
        assertThat(refused.statusCode()).as(UploadApi.text(refused)).isEqualTo(429);
        assertThat(ParleyClient.contentType(refused)).startsWith("application/problem+json");
        assertThat(UploadApi.json(refused).getString("code")).isEqualTo("rate_limited");
        assertThat(refused.headers().firstValue("Location")).isEmpty();
        long retryAfter =
                Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
        assertThat(retryAfter).isBetween(1L, 60L);
        return retryAfter;
    }
}
