package dev.parley.server;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Logger;

/**
 * Serves the widget ({@code /widget/...}), the inbox ({@code /inbox/...}), the demo store ({@code /demo/...}) and the
 * chat page that reply emails link ({@code /chat/...}) from
 * the files the widget's build made: each file in the encodings it was stored in (gzip, brotli), chosen per request,
 * with its ETag and cache lifetime ({@link StaticFile}). The build lists the files in
 * {@code META-INF/parley/static-files.json}; they are read, and their hashes taken, once when Parley starts, and kept
 * in memory (about half a megabyte).
 *
 * <p>A path it does not have is a plain 404 ({@link ErrorPage}), like any missing file ({@link MissingFiles}); the
 * security headers come from {@link SecurityHeadersFilter}, which runs before.
 */
@WebServlet(
        urlPatterns = {"/widget/*", "/inbox/*", "/demo/*", "/chat/*"},
        loadOnStartup = 1,
        asyncSupported = true)
public class StaticFiles extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(StaticFiles.class.getName());

    /** The build's list of files, on the class path. */
    static final String MANIFEST = "META-INF/parley/static-files.json";

    /** Where the files are on the class path (the widget jar's Servlet resources). */
    static final String RESOURCES = "META-INF/resources";

    private static final Map<String, String> SUFFIXES = Map.of("br", ".br", "gzip", ".gz");

    /** The files by the path they are served at; set in {@link #init()}. */
    private transient Map<String, StaticFile> files = Map.of();

    @Override
    public void init() throws ServletException {
        ClassLoader loader = StaticFiles.class.getClassLoader();
        try {
            files = load(loader::getResourceAsStream);
        } catch (IOException | RuntimeException unreadable) {
            throw new ServletException("The widget's files could not be read: " + unreadable.getMessage(), unreadable);
        }
        LOG.info(() -> "event=static_files_loaded files=" + files.size() + " identity_bytes="
                + total(AcceptEncoding.IDENTITY) + " gzip_bytes=" + total("gzip") + " br_bytes=" + total("br"));
    }

    /** The bytes of every file in an encoding (as it is, for a file not stored in it). */
    private long total(String encoding) {
        long total = 0;
        for (StaticFile file : files.values()) {
            StaticFile.Representation stored = file.representations().get(encoding);
            total += (stored != null ? stored : file.representations().get(AcceptEncoding.IDENTITY)).length();
        }
        return total;
    }

    /**
     * Reads the build's list and every file in it, in every encoding it lists.
     *
     * @param resources opens a class-path resource by name, or answers null when there is none
     * @throws IOException when the list or a file it names cannot be read or is missing
     */
    static Map<String, StaticFile> load(Function<String, InputStream> resources) throws IOException {
        JsonObject manifest;
        try (InputStream in = open(resources, MANIFEST);
                JsonReader reader = Json.createReader(in)) {
            manifest = reader.readObject();
        }
        Map<String, StaticFile> files = new HashMap<>();
        for (JsonValue value : manifest.getJsonArray("files")) {
            JsonObject entry = value.asJsonObject();
            String path = entry.getString("path");
            if (!path.startsWith("/") || path.contains("..")) {
                throw new IOException(MANIFEST + " lists a path that is no file of Parley's: " + path);
            }
            Map<String, byte[]> encodings = new HashMap<>();
            encodings.put(AcceptEncoding.IDENTITY, read(resources, RESOURCES + path));
            for (JsonString encoding : entry.getJsonArray("encodings").getValuesAs(JsonString.class)) {
                String suffix = SUFFIXES.get(encoding.getString());
                if (suffix == null) {
                    throw new IOException(MANIFEST + " lists an unknown encoding for " + path + ": " + encoding);
                }
                encodings.put(encoding.getString(), read(resources, RESOURCES + path + suffix));
            }
            files.put(path, StaticFile.of(path, entry.getBoolean("immutable"), encodings));
        }
        return Map.copyOf(files);
    }

    private static InputStream open(Function<String, InputStream> resources, String name) throws IOException {
        InputStream in = resources.apply(name);
        if (in == null) {
            throw new IOException(name + " is missing: was the widget built?");
        }
        return in;
    }

    private static byte[] read(Function<String, InputStream> resources, String name) throws IOException {
        try (InputStream in = open(resources, name)) {
            return in.readAllBytes();
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        serve(request, response, false);
    }

    @Override
    protected void doHead(HttpServletRequest request, HttpServletResponse response) throws IOException {
        serve(request, response, true);
    }

    private void serve(HttpServletRequest request, HttpServletResponse response, boolean head) throws IOException {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        if (request.getPathInfo() == null) {
            // A folder without its slash (/inbox): its page's relative links need the slash.
            response.setStatus(HttpServletResponse.SC_FOUND);
            response.setHeader("Location", request.getContextPath() + path + "/");
            return;
        }
        StaticFile file = files.get(path.endsWith("/") ? path + "index.html" : path);
        if (file == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        StaticFile.Answer answer = file.answer(
                head,
                request.getHeader("Accept-Encoding"),
                request.getHeader("If-None-Match"),
                request.getHeader("If-Match"));
        response.setStatus(answer.status());
        answer.headers().forEach((name, value) -> {
            switch (name) {
                case "Content-Type" -> response.setContentType(value);
                case "Content-Length" -> response.setContentLengthLong(Long.parseLong(value));
                default -> response.setHeader(name, value);
            }
        });
        if (answer.body() != null) {
            answer.body().writeTo(response.getOutputStream());
        }
    }
}
