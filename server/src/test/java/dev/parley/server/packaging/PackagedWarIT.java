package dev.parley.server.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/**
 * The WAR the build leaves in {@code server/target} is the one an operator deploys (README, "Deploying the WAR to
 * your own Liberty"), whichever command built it. Every other test server runs the loose application, which reads the
 * modules' {@code target/classes} and so never sees what the WAR holds; this one is a plain Liberty with the real
 * {@code server.xml}, the JDBC drivers and {@code parley.war} itself copied into its apps folder, on the embedded
 * database in its own folder and with none of the tests' settings. The build lays it out, starts and stops it
 * ({@code war-check-start} and {@code war-check-stop} in {@code server/pom.xml}).
 */
class PackagedWarIT {

    /** The modules whose classes Parley cannot start without, each a jar of its own in {@code WEB-INF/lib}. */
    private static final List<String> MODULES = List.of("parley-domain", "parley-application", "parley-adapters");

    /** The widget's bundle, built by npm into the widget module's jar and served from its META-INF/resources. */
    private static final String WIDGET_SCRIPT = "META-INF/resources/widget/parley-chat.js";

    /** The build waits for the server's start, but the application may still be migrating its database. */
    private static final Duration READY_PATIENCE = Duration.ofMinutes(3);

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    @Test
    void the_war_holds_each_module_as_a_jar_with_its_classes() throws IOException {
        try (ZipFile war = new ZipFile(war().toFile())) {
            for (String module : MODULES) {
                ZipEntry jar = moduleJar(war, module);
                assertThat(entriesOf(war, jar).stream()
                                .filter(name -> name.startsWith("dev/parley/") && name.endsWith(".class")))
                        .as("classes of Parley in %s", jar.getName())
                        .isNotEmpty();
            }
            ZipEntry widget = moduleJar(war, "parley-widget");
            assertThat(entriesOf(war, widget))
                    .as("the files of %s", widget.getName())
                    .contains(WIDGET_SCRIPT);
        }
    }

    @Test
    void the_server_runs_the_war_itself_not_a_loose_application() throws IOException {
        Path apps = serverDirectory().resolve("apps");

        assertThat(apps.resolve("parley.war.xml")).doesNotExist();
        assertThat(apps.resolve("parley.war")).isRegularFile();
        assertThat(Files.mismatch(war(), apps.resolve("parley.war")))
                .as("the deployed parley.war differs from the packaged one")
                .isEqualTo(-1L);
    }

    @Test
    void a_plain_liberty_with_the_war_is_ready_on_a_migrated_database() {
        HttpResponse<String> response = awaitReadiness();

        assertThat(response.statusCode())
                .as("GET /health/ready answered %s%nThe server's console ends with:%n%s", response.body(), console())
                .isEqualTo(200);
        JsonObject health = json(response.body());
        assertThat(health.getString("status")).isEqualTo("UP");
        JsonObject database = health.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .filter(check -> "database".equals(check.getString("name", null)))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No 'database' check of Parley's in " + health));
        assertThat(database.getString("status")).isEqualTo("UP");
        assertThat(database.getJsonObject("data").get("migrated")).isEqualTo(JsonValue.TRUE);
    }

    /** The one regular file {@code WEB-INF/lib/<module>-<version>.jar} of the WAR. */
    private static ZipEntry moduleJar(ZipFile war, String module) {
        String prefix = "WEB-INF/lib/" + module + "-";
        List<? extends ZipEntry> entries =
                war.stream().filter(entry -> entry.getName().startsWith(prefix)).toList();
        assertThat(entries)
                .as("the entries of %s for %s", war.getName(), module)
                .hasSize(1);
        ZipEntry jar = entries.get(0);
        assertThat(jar.isDirectory()).as("%s is a directory, not a jar", jar).isFalse();
        assertThat(jar.getName()).endsWith(".jar");
        return jar;
    }

    /** The names of the entries of a jar inside the WAR. */
    private static List<String> entriesOf(ZipFile war, ZipEntry jar) throws IOException {
        try (InputStream in = war.getInputStream(jar);
                ZipInputStream entries = new ZipInputStream(in)) {
            List<String> names = new ArrayList<>();
            for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                names.add(entry.getName());
            }
            return names;
        }
    }

    /** Asks {@code /health/ready} until it answers 200 or the patience runs out, and returns the last answer. */
    private static HttpResponse<String> awaitReadiness() {
        HttpRequest ready = HttpRequest.newBuilder(URI.create(baseUrl() + "/health/ready"))
                .timeout(Duration.ofSeconds(10))
                .GET()
                .build();
        long deadline = System.nanoTime() + READY_PATIENCE.toNanos();
        HttpResponse<String> last = null;
        IOException unreachable = null;
        while (System.nanoTime() < deadline) {
            try {
                last = HTTP.send(ready, HttpResponse.BodyHandlers.ofString());
                if (last.statusCode() == 200) {
                    return last;
                }
            } catch (IOException notYet) {
                unreachable = notYet;
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(interrupted);
            }
            sleep(500);
        }
        if (last == null) {
            throw new AssertionError(
                    "The server at " + baseUrl() + " never answered; its console ends with:\n" + console(),
                    unreachable);
        }
        return last;
    }

    private static JsonObject json(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }

    /** The end of the server's console, for failure messages. */
    private static String console() {
        Path console = serverDirectory().resolve("logs/console.log");
        try {
            List<String> lines = Files.readAllLines(console, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException unreadable) {
            return "(console " + console + " unreadable: " + unreadable + ")";
        }
    }

    private static Path war() {
        return Path.of(required("parley.it.war.file", "the packaged WAR"));
    }

    private static Path serverDirectory() {
        return Path.of(required("parley.it.war.serverDir", "the folder of the server that runs the packaged WAR"));
    }

    private static String baseUrl() {
        return required("parley.it.war.baseUrl", "where the server that runs the packaged WAR answers");
    }

    private static String required(String property, String what) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new AssertionError("System property " + property + " (" + what + ") is not set; this test runs"
                    + " inside `./mvnw verify` (see server/pom.xml)");
        }
        return value;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }
}
