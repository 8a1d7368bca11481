package dev.parley.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StaticFilesTest {

    private final Map<String, byte[]> classPath = new HashMap<>();

    @Test
    void reads_every_listed_file_in_every_listed_encoding() throws IOException {
        manifest("""
                {"files": [
                  {"path": "/widget/parley-chat.js", "immutable": false, "encodings": ["br", "gzip"]},
                  {"path": "/inbox/chunks/chunk-ABCDEFGH.js", "immutable": true, "encodings": ["gzip"]},
                  {"path": "/demo/tiny-ABCDEFGH.css", "immutable": true, "encodings": []}
                ]}""");
        file("/widget/parley-chat.js", "module");
        file("/widget/parley-chat.js.br", "br");
        file("/widget/parley-chat.js.gz", "gz");
        file("/inbox/chunks/chunk-ABCDEFGH.js", "chunk");
        file("/inbox/chunks/chunk-ABCDEFGH.js.gz", "chunk gz");
        file("/demo/tiny-ABCDEFGH.css", "a{}");

        Map<String, StaticFile> files = StaticFiles.load(this::open);

        assertThat(files)
                .containsOnlyKeys(
                        "/widget/parley-chat.js", "/inbox/chunks/chunk-ABCDEFGH.js", "/demo/tiny-ABCDEFGH.css");
        StaticFile module = files.get("/widget/parley-chat.js");
        assertThat(module.immutable()).isFalse();
        assertThat(module.representations()).containsOnlyKeys("identity", "br", "gzip");
        assertThat(text(module, "br")).isEqualTo("br");
        assertThat(text(module, "gzip")).isEqualTo("gz");
        assertThat(text(module, "identity")).isEqualTo("module");
        assertThat(files.get("/inbox/chunks/chunk-ABCDEFGH.js").immutable()).isTrue();
        assertThat(files.get("/inbox/chunks/chunk-ABCDEFGH.js").representations())
                .containsOnlyKeys("identity", "gzip");
        assertThat(files.get("/demo/tiny-ABCDEFGH.css").representations()).containsOnlyKeys("identity");
    }

    @Test
    void a_missing_list_or_file_stops_the_start() {
        assertThatThrownBy(() -> StaticFiles.load(this::open))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("static-files.json is missing");

        manifest(
                "{\"files\": [{\"path\": \"/widget/parley-chat.js\", \"immutable\": false, \"encodings\": [\"br\"]}]}");
        file("/widget/parley-chat.js", "module");
        assertThatThrownBy(() -> StaticFiles.load(this::open))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("parley-chat.js.br is missing");
    }

    @Test
    void a_list_naming_a_path_outside_the_files_or_an_unknown_encoding_is_refused() {
        manifest("{\"files\": [{\"path\": \"/../WEB-INF/web.xml\", \"immutable\": true, \"encodings\": []}]}");
        assertThatThrownBy(() -> StaticFiles.load(this::open)).hasMessageContaining("no file of Parley's");

        manifest(
                "{\"files\": [{\"path\": \"/widget/parley-chat.js\", \"immutable\": false, \"encodings\": [\"zstd\"]}]}");
        file("/widget/parley-chat.js", "module");
        assertThatThrownBy(() -> StaticFiles.load(this::open)).hasMessageContaining("unknown encoding");
    }

    private void manifest(String json) {
        classPath.put(StaticFiles.MANIFEST, json.getBytes(StandardCharsets.UTF_8));
    }

    private void file(String path, String content) {
        classPath.put(StaticFiles.RESOURCES + path, content.getBytes(StandardCharsets.UTF_8));
    }

    private InputStream open(String name) {
        byte[] bytes = classPath.get(name);
        return bytes == null ? null : new ByteArrayInputStream(bytes);
    }

    private static String text(StaticFile file, String encoding) {
        return new String(file.representations().get(encoding).bytes(), StandardCharsets.UTF_8);
    }
}
