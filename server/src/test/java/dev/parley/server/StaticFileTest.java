package dev.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StaticFileTest {

    private static final byte[] IDENTITY =
            "export const hello = 'world';".repeat(20).getBytes(StandardCharsets.UTF_8);
    private static final byte[] GZIP = {1, 2, 3, 4};
    private static final byte[] BR = {5, 6, 7};

    private final StaticFile module =
            StaticFile.of("/widget/parley-chat.js", false, Map.of("identity", IDENTITY, "gzip", GZIP, "br", BR));
    private final StaticFile chunk = StaticFile.of(
            "/widget/parley-chat-panel-ABCDEFGH.js", true, Map.of("identity", IDENTITY, "gzip", GZIP, "br", BR));

    @Test
    void a_browser_that_takes_brotli_gets_the_brotli_bytes_with_their_encoding_length_and_etag() {
        StaticFile.Answer answer = module.answer(false, "gzip, deflate, br, zstd", null, null);
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().bytes()).isEqualTo(BR);
        assertThat(answer.headers())
                .containsEntry("Content-Encoding", "br")
                .containsEntry("Content-Length", "3")
                .containsEntry("Content-Type", "text/javascript; charset=utf-8")
                .containsEntry("Vary", "Accept-Encoding")
                .containsEntry("Accept-Ranges", "none");
        assertThat(answer.headers().get("ETag")).matches("\"[A-Za-z0-9_-]{22}-br\"");
    }

    @Test
    void gzip_and_identity_get_their_own_bytes_and_etags() {
        StaticFile.Answer gzip = module.answer(false, "gzip", null, null);
        StaticFile.Answer identity = module.answer(false, null, null, null);
        StaticFile.Answer br = module.answer(false, "br", null, null);
        assertThat(gzip.body().bytes()).isEqualTo(GZIP);
        assertThat(gzip.headers()).containsEntry("Content-Encoding", "gzip").containsEntry("Content-Length", "4");
        assertThat(identity.body().bytes()).isEqualTo(IDENTITY);
        assertThat(identity.headers())
                .doesNotContainKey("Content-Encoding")
                .containsEntry("Content-Length", Integer.toString(IDENTITY.length))
                .containsEntry("Vary", "Accept-Encoding");
        assertThat(identity.headers().get("ETag")).matches("\"[A-Za-z0-9_-]{22}\"");
        assertThat(gzip.headers().get("ETag"))
                .isEqualTo(identity.headers().get("ETag").replaceFirst("\"$", "-gzip\""));
        assertThat(br.headers().get("ETag"))
                .isNotEqualTo(gzip.headers().get("ETag"))
                .isNotEqualTo(identity.headers().get("ETag"));
    }

    @Test
    void the_etag_follows_the_content() {
        StaticFile changed = StaticFile.of(
                "/widget/parley-chat.js", false, Map.of("identity", "other".getBytes(StandardCharsets.UTF_8)));
        assertThat(changed.answer(false, null, null, null).headers().get("ETag"))
                .isNotEqualTo(module.answer(false, null, null, null).headers().get("ETag"));
    }

    @Test
    void a_client_holding_the_chosen_representation_gets_304_without_a_body() {
        String etag = module.answer(false, "br", null, null).headers().get("ETag");
        StaticFile.Answer again = module.answer(false, "br", etag, null);
        assertThat(again.status()).isEqualTo(304);
        assertThat(again.body()).isNull();
        assertThat(again.headers())
                .containsEntry("ETag", etag)
                .containsEntry("Cache-Control", "no-cache")
                .containsEntry("Vary", "Accept-Encoding")
                .doesNotContainKeys("Content-Length", "Content-Encoding");

        assertThat(module.answer(false, "br", "\"other\", " + etag, null).status())
                .isEqualTo(304);
        assertThat(module.answer(false, "br", "W/" + etag, null).status()).isEqualTo(304);
        assertThat(module.answer(false, "br", "*", null).status()).isEqualTo(304);
    }

    @Test
    void another_encodings_etag_or_a_stale_one_gets_the_whole_file() {
        String gzipTag = module.answer(false, "gzip", null, null).headers().get("ETag");
        StaticFile.Answer br = module.answer(false, "br", gzipTag, null);
        assertThat(br.status()).isEqualTo(200);
        assertThat(br.body().bytes()).isEqualTo(BR);
        assertThat(module.answer(false, "br", "\"stale\"", null).status()).isEqualTo(200);
        assertThat(module.answer(false, "br", "not a tag", null).status()).isEqualTo(200);
    }

    @Test
    void if_match_compares_strongly_and_refuses_with_412() {
        String etag = module.answer(false, null, null, null).headers().get("ETag");
        assertThat(module.answer(false, null, null, etag).status()).isEqualTo(200);
        assertThat(module.answer(false, null, null, "*").status()).isEqualTo(200);
        assertThat(module.answer(false, null, null, "W/" + etag).status()).isEqualTo(412);
        StaticFile.Answer refused = module.answer(false, null, null, "\"stale\"");
        assertThat(refused.status()).isEqualTo(412);
        assertThat(refused.body()).isNull();
    }

    @Test
    void head_gets_the_headers_of_get_and_no_body() {
        StaticFile.Answer get = module.answer(false, "gzip", null, null);
        StaticFile.Answer head = module.answer(true, "gzip", null, null);
        assertThat(head.status()).isEqualTo(200);
        assertThat(head.body()).isNull();
        assertThat(head.headers()).isEqualTo(get.headers());
    }

    @Test
    void a_hashed_file_is_cached_for_good_and_a_named_one_is_asked_for_again() {
        assertThat(chunk.answer(false, "br", null, null).headers())
                .containsEntry("Cache-Control", "public, max-age=31536000, immutable");
        assertThat(module.answer(false, "br", null, null).headers()).containsEntry("Cache-Control", "no-cache");
    }

    @Test
    void a_file_stored_only_as_it_is_varies_on_nothing() {
        StaticFile icon = StaticFile.of("/demo/icon-ABCDEFGH.png", true, Map.of("identity", GZIP));
        StaticFile.Answer answer = icon.answer(false, "gzip, br", null, null);
        assertThat(answer.body().bytes()).isEqualTo(GZIP);
        assertThat(answer.headers())
                .doesNotContainKeys("Vary", "Content-Encoding")
                .containsEntry("Content-Type", "image/png");
    }

    @Test
    void media_types_follow_the_extension() {
        assertThat(type("/inbox/index.html")).isEqualTo("text/html; charset=utf-8");
        assertThat(type("/inbox/inbox-ABCDEFGH.css")).isEqualTo("text/css; charset=utf-8");
        assertThat(type("/inbox/chunks/chunk-ABCDEFGH.js")).isEqualTo("text/javascript; charset=utf-8");
        assertThat(type("/demo/font-ABCDEFGH.woff2")).isEqualTo("font/woff2");
        assertThat(type("/demo/logo-ABCDEFGH.svg")).isEqualTo("image/svg+xml");
        assertThat(type("/demo/unknown-ABCDEFGH.bin")).isEqualTo("application/octet-stream");
    }

    @Test
    void entity_tag_lists_are_read_by_rfc_9110() {
        assertThat(StaticFile.matches("\"a\", \"b\"", "\"b\"", false)).isTrue();
        assertThat(StaticFile.matches(" \"a\" ,W/\"b\" ", "\"b\"", true)).isTrue();
        assertThat(StaticFile.matches("\"a\",W/\"b\"", "\"b\"", false)).isFalse();
        assertThat(StaticFile.matches("\"a\" \"b\"", "\"b\"", true)).isFalse();
        assertThat(StaticFile.matches("b", "\"b\"", true)).isFalse();
        assertThat(StaticFile.matches("", "\"b\"", true)).isFalse();
    }

    private static String type(String path) {
        return StaticFile.of(path, true, Map.of("identity", IDENTITY)).contentType();
    }
}
