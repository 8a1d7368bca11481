package dev.parley.server.it;

import static dev.parley.server.it.UploadApi.Caller.visitor;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A visitor's uploads are limited per hour in count and bytes (429 {@code rate_limited} with {@code Retry-After}), and
 * in the bytes they keep stored (413 {@code upload_quota_exceeded}); a refused upload stores nothing. The server under
 * test allows 3 uploads and 6 MiB per visitor per 30 s and 5 MiB + 64 bytes stored per visitor (it-*.env).
 */
class UploadLimitsIT {

    private static final int UPLOADS_PER_WINDOW = 3;
    private static final int BYTES_PER_WINDOW = 6 * 1024 * 1024;
    private static final int MAX_STORED = 5 * 1024 * 1024 + 64;

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
    void a_visitor_uploads_as_many_bytes_as_the_window_allows_then_again_once_it_refills() throws Exception {
        String token = UploadApi.newVisitor();
        byte[] most = UploadApi.png(UploadApi.MAX_BYTES);
        // Twice what is left: the window refills a fifth of a MiB a second, so this waits about five seconds.
        byte[] rest = UploadApi.png(2 * (BYTES_PER_WINDOW - UploadApi.MAX_BYTES));
        assertThat(UploadApi.upload(visitor(token), "image/png", most).statusCode())
                .isEqualTo(201);

        long retryAfter = assertRateLimited(UploadApi.upload(visitor(token), "image/png", rest));

        Thread.sleep(Duration.ofSeconds(retryAfter).plusMillis(300).toMillis());
        HttpResponse<byte[]> later = UploadApi.upload(visitor(token), "image/png", rest);
        assertThat(later.statusCode()).as(UploadApi.text(later)).isEqualTo(201);
    }

    @Test
    void a_visitor_keeps_no_more_bytes_than_their_quota() {
        String token = UploadApi.newVisitor();
        assertThat(UploadApi.upload(visitor(token), "image/png", UploadApi.png(UploadApi.MAX_BYTES))
                        .statusCode())
                .isEqualTo(201);
        HttpResponse<byte[]> toTheByte =
                UploadApi.upload(visitor(token), "image/png", UploadApi.png(MAX_STORED - UploadApi.MAX_BYTES));
        assertThat(toTheByte.statusCode()).as(UploadApi.text(toTheByte)).isEqualTo(201);

        HttpResponse<byte[]> refused = UploadApi.upload(visitor(token), "image/png", UploadApi.PNG);

        assertThat(refused.statusCode()).as(UploadApi.text(refused)).isEqualTo(413);
        assertThat(ParleyClient.contentType(refused)).startsWith("application/problem+json");
        assertThat(UploadApi.json(refused).getString("code")).isEqualTo("upload_quota_exceeded");
        assertThat(refused.headers().firstValue("Location")).isEmpty();
        assertThat(UploadApi.upload(visitor(token), "image/png", UploadApi.PNG).statusCode())
                .as("still full: the refused upload was not stored, and waiting does not empty it")
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
        assertThat(retryAfter).isBetween(1L, 30L);
        return retryAfter;
    }
}
