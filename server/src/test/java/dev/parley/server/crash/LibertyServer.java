package dev.parley.server.crash;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A Liberty server of the crash test's own, run as a child process ({@code wlp/bin/server run <name>}) so that the
 * test knows the server JVM's process and can kill it with SIGKILL. Its console goes to a file per start.
 */
public final class LibertyServer implements AutoCloseable {

    /** Generous: a start takes about 20 s, but minutes on a machine busy with other builds. */
    private static final Duration START_PATIENCE = Duration.ofMinutes(8);

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private final Path wlp;
    private final String name;
    private final URI base;
    private final Map<String, String> environment;
    private final Path consoleDirectory;
    private Process launcher;
    private ProcessHandle jvm;
    private Path console;

    public LibertyServer(Path wlp, String name, URI base, Map<String, String> environment, Path consoleDirectory) {
        this.wlp = wlp;
        this.name = name;
        this.base = base;
        this.environment = environment;
        this.consoleDirectory = consoleDirectory;
    }

    /** The server's own folder ({@code wlp/usr/servers/<name>}), where the embedded database lives. */
    public Path serverDirectory() {
        return wlp.resolve("usr/servers").resolve(name);
    }

    /** Starts the server and waits until {@code /health/ready} answers 200 (database reachable and migrated). */
    public void start(String label) {
        try {
            Files.createDirectories(consoleDirectory);
            console = consoleDirectory.resolve(label + ".log");
            ProcessBuilder builder = new ProcessBuilder(
                            wlp.resolve("bin/server").toString(), "run", name)
                    .redirectErrorStream(true)
                    .redirectOutput(console.toFile());
            builder.environment().putIfAbsent("JAVA_HOME", System.getProperty("java.home"));
            builder.environment().putAll(environment);
            launcher = builder.start();
        } catch (IOException failed) {
            throw new UncheckedIOException("could not start Liberty server " + name, failed);
        }
        jvm = findJvm();
        awaitReady();
    }

    /** The server JVM's process id. */
    public long pid() {
        return jvm.pid();
    }

    /** Kills the server JVM with SIGKILL, as {@code kill -9} does: no shutdown hook, no flush, nothing. */
    public void kill() {
        if (!jvm.destroyForcibly()) {
            throw new AssertionError("could not kill the server JVM " + jvm.pid());
        }
        try {
            jvm.onExit().get(30, TimeUnit.SECONDS);
            launcher.waitFor(30, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException failed) {
            throw new AssertionError("the server JVM " + jvm.pid() + " did not die", failed);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    /** Stops the server as an operator would (SIGTERM: Liberty stops gracefully), killing it if it hangs. */
    @Override
    public void close() {
        if (jvm == null || !jvm.isAlive()) {
            return;
        }
        jvm.destroy();
        try {
            jvm.onExit().get(60, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException hanging) {
            jvm.destroyForcibly();
        } catch (InterruptedException interrupted) {
            jvm.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        try {
            launcher.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * The JVM that runs the server: the launcher itself if the script replaced itself with Java, else the one Java
     * process among the launcher's descendants.
     */
    private ProcessHandle findJvm() {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            if (isJava(launcher.toHandle())) {
                return launcher.toHandle();
            }
            List<ProcessHandle> javas = launcher.toHandle()
                    .descendants()
                    .filter(LibertyServer::isJava)
                    .toList();
            if (javas.size() == 1) {
                return javas.get(0);
            }
            if (!launcher.isAlive()) {
                throw new AssertionError("the Liberty launcher ended at once: " + tail());
            }
            sleep(100);
        }
        throw new AssertionError("no server JVM under the Liberty launcher " + launcher.pid());
    }

    private static boolean isJava(ProcessHandle process) {
        Optional<String> command = process.info().command();
        return command.isPresent() && command.get().endsWith("/java");
    }

    private void awaitReady() {
        long deadline = System.nanoTime() + START_PATIENCE.toNanos();
        HttpRequest ready = HttpRequest.newBuilder(base.resolve("/health/ready"))
                .timeout(Duration.ofSeconds(5))
                .GET()
                .build();
        while (System.nanoTime() < deadline) {
            if (!jvm.isAlive()) {
                throw new AssertionError("the server " + name + " ended while starting: " + tail());
            }
            try {
                if (HTTP.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // The port is not open yet.
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(interrupted);
            }
            sleep(250);
        }
        throw new AssertionError("the server " + name + " was not ready within " + START_PATIENCE + ": " + tail());
    }

    /** The end of the current console file, for failure messages. */
    String tail() {
        try {
            List<String> lines = Files.readAllLines(console, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException unreadable) {
            return "(console " + console + " unreadable: " + unreadable + ")";
        }
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
