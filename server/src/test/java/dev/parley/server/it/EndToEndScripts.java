package dev.parley.server.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the widget's browser end-to-end scripts ({@code widget/e2e/*.e2e.mjs}) with node against the server under
 * test. The system properties they need are set by {@code server/pom.xml}; a missing one fails the test, so that it
 * is never skipped.
 */
final class EndToEndScripts {

    private static final long TIMEOUT_MINUTES = 5;

    private EndToEndScripts() {}

    /** Runs {@code script} (relative to the widget module) and answers its output; fails unless it exits with 0. */
    static String run(String script) throws IOException, InterruptedException {
        return run(script, Map.of());
    }

    /**
     * Runs {@code script} with {@code PARLEY_RESTART_COMMAND} set to {@code restartCommand} (when not null), and
     * answers its output; fails with that output unless it ends well within the time allowed.
     */
    static String run(String script, String restartCommand) throws IOException, InterruptedException {
        return run(script, restartCommand == null ? Map.of() : Map.of("PARLEY_RESTART_COMMAND", restartCommand));
    }

    /**
     * Runs {@code script} with the {@code extra} environment variables (besides the server's address, the admin and
     * the screenshots' directory), and answers its output; fails with that output unless it ends well within the time
     * allowed.
     */
    static String run(String script, Map<String, String> extra) throws IOException, InterruptedException {
        Path widgetDir = Path.of(required("parley.it.widgetDir", "the widget module, which holds the e2e scripts"));
        Path screenshots = Path.of(required("parley.it.screenshots", "where the scripts save their screenshots"))
                .toAbsolutePath();
        Files.createDirectories(screenshots);
        Path log = screenshots.getParent().resolve(Path.of(script).getFileName() + ".log");
        ProcessBuilder node = new ProcessBuilder("node", script)
                .directory(widgetDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Map<String, String> environment = node.environment();
        environment.put("PARLEY_BASE_URL", ParleyClient.baseUrl());
        environment.put("PARLEY_ADMIN_EMAIL", ParleyClient.adminEmail());
        environment.put("PARLEY_ADMIN_PASSWORD", ParleyClient.adminPassword());
        environment.put("PARLEY_E2E_SCREENSHOTS", screenshots.toString());
        environment.putAll(extra);

        Process process = node.start();
        if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            fail(
                    "`node %s` did not finish within %d minutes. Its output (%s):%n%s",
                    script, TIMEOUT_MINUTES, log, read(log));
        }

        assertThat(process.exitValue())
                .as("exit code of `node %s` in %s; its output (%s):%n%s", script, widgetDir, log, read(log))
                .isZero();
        return read(log);
    }

    /** A system property the test cannot do without: missing, the test fails, so that it is never skipped. */
    static String required(String name, String what) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            fail(
                    "The system property '%s' (%s) is not set. Run this test through `./mvnw -pl server verify`, "
                            + "which sets it.",
                    name, what);
        }
        return value;
    }

    private static String read(Path log) throws IOException {
        return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "(no output)";
    }
}
