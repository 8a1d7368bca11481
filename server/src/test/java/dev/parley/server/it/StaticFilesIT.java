package dev.parley.server.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/**
 * The widget's, the inbox's and the demo store's files as the running server sends them: compressed as the client
 * accepts (stored so by the build), with an ETag per encoding and {@code 304} for a client that has the file, cached
 * for good when the name holds the content's hash, JavaScript as {@code text/javascript}; and the widget's module as
 * small on the wire as the README says.
 */
class StaticFilesIT {

    private static final String MODULE = "/widget/parley-chat.js";
    private static final String CHROMIUM = "gzip, deflate, br, zstd";
    private static final Pattern PANEL = Pattern.compile("parley-chat-panel-[A-Z0-9]{8}\\.js");
    private static final Pattern SCRIPT = Pattern.compile("<script type=\"module\" src=\"\\./([^\"]+)\"");

    @Test
    void the_module_goes_to_a_browser_with_brotli_and_to_one_that_takes_only_gzip_with_gzip() throws IOException {
        HttpResponse<byte[]> plain = get(MODULE, null, null);
        HttpResponse<byte[]> br = get(MODULE, CHROMIUM, null);
        HttpResponse<byte[]> gzip = get(MODULE, "gzip", null);

        assertThat(plain.statusCode()).isEqualTo(200);
        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(br.headers().firstValue("Content-Encoding")).contains("br");
        assertThat(gzip.headers().firstValue("Content-Encoding")).contains("gzip");
        assertThat(gunzip(gzip.body())).isEqualTo(plain.body());
        for (HttpResponse<byte[]> response : List.of(plain, br, gzip)) {
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("text/javascript"));
            assertThat(response.headers().firstValueAsLong("Content-Length")).hasValue(response.body().length);
            assertThat(response.headers().firstValue("Vary")).contains("Accept-Encoding");
            assertThat(response.headers().firstValue("Cache-Control")).contains("no-cache");
            assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        }
        assertThat(br.body().length).isLessThan(gzip.body().length).isLessThan(plain.body().length / 2);
        assertThat(Set.of(etag(plain), etag(br), etag(gzip))).hasSize(3);
        assertThat(etag(br)).matches("\"[^\"]+\"");
    }

    @Test
    void a_client_that_has_the_module_gets_304_and_nothing_else() {
        HttpResponse<byte[]> first = get(MODULE, CHROMIUM, null);
        HttpResponse<byte[]> again = get(MODULE, CHROMIUM, etag(first));
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(etag(again)).isEqualTo(etag(first));
        assertThat(again.headers().firstValue("Cache-Control")).contains("no-cache");
        assertThat(again.headers().firstValue("Vary")).contains("Accept-Encoding");

        // The gzip copy's tag does not stand for the brotli copy.
        HttpResponse<byte[]> gzip = get(MODULE, "gzip", null);
        assertThat(get(MODULE, CHROMIUM, etag(gzip)).statusCode()).isEqualTo(200);
        assertThat(get(MODULE, "gzip", etag(gzip)).statusCode()).isEqualTo(304);
    }

    @Test
    void head_answers_the_headers_of_get_and_a_range_request_gets_the_whole_file() {
        HttpResponse<byte[]> get = get(MODULE, CHROMIUM, null);
        HttpResponse<byte[]> head = send(request(MODULE, CHROMIUM, null)
                .method("HEAD", HttpRequest.BodyPublishers.noBody())
                .build());
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
        // RFC 9110 lets HEAD leave Content-Length out, and Liberty does; when it is there it must be GET's.
        head.headers()
                .firstValueAsLong("Content-Length")
                .ifPresent(length -> assertThat(length).isEqualTo(get.body().length));
        assertThat(head.headers().firstValue("Content-Encoding")).contains("br");
        assertThat(etag(head)).isEqualTo(etag(get));

        HttpResponse<byte[]> range =
                send(request(MODULE, null, null).header("Range", "bytes=0-99").build());
        assertThat(range.statusCode()).isEqualTo(200);
        assertThat(range.headers().firstValue("Accept-Ranges")).contains("none");
        assertThat(range.body()).isEqualTo(get(MODULE, null, null).body());
    }

    @Test
    void the_panel_the_module_loads_is_named_by_its_hash_and_cached_for_good() {
        String module = new String(get(MODULE, null, null).body(), StandardCharsets.UTF_8);
        Matcher panel = PANEL.matcher(module);
        assertThat(panel.find()).as("the module names its hashed panel").isTrue();
        HttpResponse<byte[]> chunk = get("/widget/" + panel.group(), CHROMIUM, null);
        assertThat(chunk.statusCode()).isEqualTo(200);
        assertThat(chunk.headers().firstValue("Cache-Control")).contains("public, max-age=31536000, immutable");
        assertThat(chunk.headers().firstValue("Content-Encoding")).contains("br");
        assertThat(chunk.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/javascript"));
    }

    @Test
    void the_pages_name_hashed_files_and_are_asked_for_again() {
        for (String page : new String[] {"/inbox/", "/demo/"}) {
            HttpResponse<byte[]> html = get(page, CHROMIUM, null);
            assertThat(html.statusCode()).as(page).isEqualTo(200);
            assertThat(html.headers().firstValue("Content-Type"))
                    .as(page)
                    .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
            assertThat(html.headers().firstValue("Cache-Control")).as(page).contains("no-cache");
            assertThat(get(page, CHROMIUM, etag(html)).statusCode()).as(page).isEqualTo(304);

            String text = new String(get(page, null, null).body(), StandardCharsets.UTF_8);
            Matcher script = SCRIPT.matcher(text);
            while (script.find()) {
                HttpResponse<byte[]> file = get(page + script.group(1), CHROMIUM, null);
                assertThat(script.group(1)).matches(".*-[A-Z0-9]{8}\\.js");
                assertThat(file.statusCode()).as(script.group(1)).isEqualTo(200);
                assertThat(file.headers().firstValue("Cache-Control"))
                        .as(script.group(1))
                        .contains("public, max-age=31536000, immutable");
            }
        }
        HttpResponse<byte[]> folder = get("/inbox", null, null);
        assertThat(folder.statusCode()).isEqualTo(302);
        assertThat(folder.headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).endsWith("/inbox/"));
    }

    @Test
    void the_compressed_copies_are_not_files_of_their_own() {
        assertThat(get(MODULE + ".br", null, null).statusCode()).isEqualTo(404);
        assertThat(get(MODULE + ".gz", null, null).statusCode()).isEqualTo(404);
    }

    /**
     * The README's figures for the module on the wire ("one ES module: 15.7 KB on the wire with brotli, 17.5 KB with
     * gzip") hold within 1 KB, and the module stays within its budget of 20 KB compressed.
     */
    @Test
    void the_module_on_the_wire_is_as_small_as_the_readme_says() throws IOException {
        Path readme = Path.of(EndToEndScripts.required("parley.it.widgetDir", "the widget module, beside the README"))
                .resolve("../README.md");
        String figures = "one ES module: ([\\d.]+) KB on the wire with brotli, ([\\d.]+) KB with gzip";
        Matcher stated = Pattern.compile(figures.replace(" ", "\\s+")).matcher(Files.readString(readme));
        assertThat(stated.find()).as("the README gives the module's size").isTrue();
        double br = get(MODULE, "br", null).body().length / 1024.0;
        double gzip = get(MODULE, "gzip", null).body().length / 1024.0;
        assertThat(br).as("KB with brotli").isCloseTo(Double.parseDouble(stated.group(1)), offset(1.0));
        assertThat(gzip).as("KB with gzip").isCloseTo(Double.parseDouble(stated.group(2)), offset(1.0));
        assertThat(gzip).as("KB with gzip, the budget").isLessThanOrEqualTo(20.0);
    }

    private static HttpResponse<byte[]> get(String path, String acceptEncoding, String ifNoneMatch) {
        return send(request(path, acceptEncoding, ifNoneMatch).GET().build());
    }

    private static HttpRequest.Builder request(String path, String acceptEncoding, String ifNoneMatch) {
        HttpRequest.Builder request = HttpRequest.newBuilder(ParleyClient.uri(path));
        if (acceptEncoding != null) {
            request.header("Accept-Encoding", acceptEncoding);
        }
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return request;
    }

    private static HttpResponse<byte[]> send(HttpRequest request) {
        try {
            return ParleyClient.http().send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    private static String etag(HttpResponse<?> response) {
        return response.headers().firstValue("ETag").orElseThrow(() -> new AssertionError("no ETag on " + response));
    }

    private static byte[] gunzip(byte[] gzipped) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            in.transferTo(out);
            return out.toByteArray();
        }
    }
}
