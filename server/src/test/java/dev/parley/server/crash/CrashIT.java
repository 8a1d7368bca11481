package dev.parley.server.crash;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Acknowledged means durably committed, on every database: a Liberty server of the test's own runs Parley under load
 * (visitors writing, an agent replying), is killed with SIGKILL in the middle of it, and is started again on the same
 * database. The clients reconnect and resume as the widget and the inbox do (hello with token, conversation and the
 * highest sequence number held; unacknowledged messages sent again with the same client message id). Then every
 * acknowledged message must be stored exactly once, with its text, under the sequence number its ack named, and
 * every visitor must have received every message of their conversation exactly once, in order, each one the message
 * the server stores under that number (a sequence number the server issued again to another message shows there).
 *
 * <p>On H2 the server runs with the default {@code PARLEY_DB_URL} of {@code server.xml}, so this is what an
 * installation without a database of its own gets; {@code -Dparley.it.crash.h2Url=…} runs it with another URL (for
 * instance without {@code WRITE_DELAY=0}, to see it fail). On PostgreSQL it uses a database of its own,
 * {@code parley_crash}, made afresh (and dropped when the test passes).
 */
class CrashIT {

    private static final int VISITORS = 20;
    private static final int MESSAGES_PER_VISITOR = 30;
    /** The kill comes once this many messages are acknowledged: about 40 % into the load. */
    private static final int KILL_AFTER_ACKS = 280;
    /** How long H2's default write delay keeps a commit in memory; acks this close to the kill are the ones at risk. */
    private static final long WRITE_DELAY_MILLIS = 500;

    /** How long the load may take in all, the restart included (generous for machines busy with other builds). */
    private static final Duration LOAD_PATIENCE = Duration.ofMinutes(12);

    private static final String POSTGRESQL = "jdbc:postgresql://127.0.0.1:5432/";
    private static final String DATABASE = "parley_crash";

    @Test
    void every_acknowledged_message_survives_a_kill_9_under_load_stored_and_delivered_once_in_order() throws Exception {
        Path wlp = Path.of(required("parley.it.crash.wlp", "the Liberty runtime the crash server is created in"));
        String serverName = required("parley.it.crash.serverName", "the Liberty server the test starts and kills");
        URI base = URI.create(required("parley.it.crash.baseUrl", "where that server answers"));
        String database = System.getProperty("parley.it.database", "h2");
        String adminEmail = required("parley.it.admin.email", "the first admin the server creates");
        String adminPassword = required("parley.it.admin.password", "the first admin's password");
        Path consoles = Path.of(System.getProperty("parley.it.crash.consoles", "target/crash"));

        // The rest of the server's environment is src/test/liberty/crash.env.
        Map<String, String> environment = new HashMap<>();
        boolean postgresql = "postgresql".equals(database);
        if (postgresql) {
            freshPostgresqlDatabase();
            environment.put("PARLEY_DB_URL", POSTGRESQL + DATABASE);
            environment.put("PARLEY_DB_USER", "postgres");
            environment.put("PARLEY_DB_PASSWORD", "postgres");
        } else {
            Optional.ofNullable(System.getProperty("parley.it.crash.h2Url"))
                    .filter(url -> !url.isBlank())
                    .ifPresent(url -> environment.put("PARLEY_DB_URL", url));
        }

        String runId = UUID.randomUUID().toString().substring(0, 8);
        Ledger ledger = new Ledger();
        List<VisitorClient> visitors = new ArrayList<>();
        List<Verdict.Outcome> outcomes = new ArrayList<>();
        long started = System.nanoTime();
        long killedPid;
        long downMillis;
        int agentReplies;
        int reconnections;
        try (LibertyServer server = new LibertyServer(wlp, serverName, base, environment, consoles)) {
            if (!postgresql) {
                deleteRecursively(server.serverDirectory().resolve("data"));
            }
            server.start(database + "-1-before-kill");

            URI visitorSocket = URI.create(base.toString().replaceFirst("^http", "ws") + "/ws/visitor");
            for (int i = 1; i <= VISITORS; i++) {
                visitors.add(new VisitorClient(i, MESSAGES_PER_VISITOR, runId, visitorSocket, ledger, LOAD_PATIENCE));
            }
            ExecutorService pool = Executors.newFixedThreadPool(VISITORS + 1);
            try {
                List<Future<?>> visitorRuns =
                        visitors.stream().<Future<?>>map(pool::submit).toList();
                AgentClient agent = new AgentClient(
                        base,
                        adminEmail,
                        adminPassword,
                        runId,
                        ledger,
                        () -> visitorRuns.stream().allMatch(Future::isDone),
                        Duration.ofMillis(30),
                        LOAD_PATIENCE);
                Future<?> agentRun = pool.submit(agent);

                awaitAcks(ledger, KILL_AFTER_ACKS, visitorRuns);
                killedPid = server.pid();
                ledger.killedNow();
                server.kill();
                long killedAt = System.nanoTime();
                server.start(database + "-2-after-kill");
                downMillis = (System.nanoTime() - killedAt) / 1_000_000;

                for (Future<?> run : visitorRuns) {
                    run.get(LOAD_PATIENCE.toMinutes(), TimeUnit.MINUTES);
                }
                agentRun.get(LOAD_PATIENCE.toMinutes(), TimeUnit.MINUTES);
                assertThat(agent.failure()).as("the agent's run").isNull();
                agentReplies = agent.replies();
            } finally {
                pool.shutdownNow();
            }
            for (VisitorClient visitor : visitors) {
                assertThat(visitor.failure()).as("visitor run").isNull();
            }
            reconnections =
                    visitors.stream().mapToInt(VisitorClient::connections).sum() - VISITORS;

            for (int i = 0; i < visitors.size(); i++) {
                VisitorClient visitor = visitors.get(i);
                List<JsonObject> stored = storedThread(visitorSocket, visitor.token(), visitor.conversationId());
                visitor.catchUp(stored.size(), ChatSocket.PATIENCE);
                outcomes.add(new Verdict.Outcome(
                        "visitor " + (i + 1), visitor.conversationId(), visitor.delivered(), stored));
            }
        }

        Verdict verdict = Verdict.of(ledger.acks(), outcomes);
        int beforeKill = ledger.acksBeforeKill().size();
        int atRisk = ledger.acksWithinBeforeKill(WRITE_DELAY_MILLIS).size();
        String report = "crash test on " + database + " (" + environment.getOrDefault("PARLEY_DB_URL", "default URL")
                + "): killed JVM " + killedPid + " after " + beforeKill
                + " acks (" + atRisk + " in the last " + WRITE_DELAY_MILLIS + " ms), down " + downMillis
                + " ms until ready again, " + reconnections + " visitor reconnections, " + agentReplies
                + " agent replies; " + ledger.roundTrips() + "; " + verdict.summary() + "; errors="
                + ledger.errors().size() + "; took "
                + (System.nanoTime() - started) / 1_000_000_000 + " s";
        System.out.println(report);

        assertThat(beforeKill).as("the kill came under load: " + report).isGreaterThanOrEqualTo(KILL_AFTER_ACKS);
        assertThat(atRisk)
                .as("messages were being acknowledged right up to the kill: " + report)
                .isPositive();
        assertThat(verdict.acked())
                .as("every message was acknowledged in the end: " + report)
                .isGreaterThanOrEqualTo(VISITORS * MESSAGES_PER_VISITOR);
        assertThat(ledger.errors())
                .as("error frames and forgotten visitors: " + report)
                .isEmpty();
        assertThat(verdict.problems()).as(report).isEmpty();
        assertThat(verdict.clean()).isTrue();

        if (postgresql) {
            dropPostgresqlDatabase();
        }
    }

    /** Waits until {@code count} messages are acknowledged; fails if the load ends or stalls first. */
    private static void awaitAcks(Ledger ledger, int count, List<Future<?>> visitorRuns) throws InterruptedException {
        long deadline = System.nanoTime() + LOAD_PATIENCE.toNanos();
        while (ledger.ackCount() < count) {
            if (visitorRuns.stream().allMatch(Future::isDone)) {
                throw new AssertionError("the visitors finished before " + count + " acks: " + ledger.ackCount()
                        + "; errors: " + ledger.errors());
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("only " + ledger.ackCount() + " acks within " + LOAD_PATIENCE);
            }
            Thread.sleep(5);
        }
    }

    /**
     * The visitor's conversation as the restarted server has it: a fresh connection says hello with
     * {@code afterSeq} 0 and takes every message up to the {@code lastSeq} of {@code ready}.
     */
    private static List<JsonObject> storedThread(URI visitorSocket, String token, String conversationId)
            throws InterruptedException {
        if (token == null || conversationId == null) {
            return List.of();
        }
        BlockingQueue<JsonObject> frames = new LinkedBlockingQueue<>();
        try (ChatSocket socket = ChatSocket.open(visitorSocket, Optional.empty(), frames::add)) {
            socket.send(Json.createObjectBuilder()
                    .add("type", "hello")
                    .add("token", token)
                    .add("conversationId", conversationId)
                    .add("afterSeq", 0)
                    .build());
            JsonObject ready = next(frames, "ready");
            if (!ready.containsKey("conversation")
                    || !conversationId.equals(
                            ready.getJsonObject("conversation").getString("id"))) {
                return List.of();
            }
            long lastSeq =
                    ready.getJsonObject("conversation").getJsonNumber("lastSeq").longValue();
            List<JsonObject> thread = new ArrayList<>();
            while (thread.size() < lastSeq) {
                thread.add(next(frames, "message"));
            }
            JsonObject more;
            while ((more = frames.poll(1, TimeUnit.SECONDS)) != null) {
                if ("message".equals(more.getString("type", ""))) {
                    thread.add(more);
                }
            }
            return thread;
        }
    }

    private static JsonObject next(BlockingQueue<JsonObject> frames, String type) throws InterruptedException {
        long deadline = System.nanoTime() + ChatSocket.PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            JsonObject frame = frames.poll(100, TimeUnit.MILLISECONDS);
            if (frame != null && type.equals(frame.getString("type", ""))) {
                return frame;
            }
        }
        throw new AssertionError("no '" + type + "' frame within " + ChatSocket.PATIENCE);
    }

    private static void freshPostgresqlDatabase() throws SQLException {
        try (Connection connection = DriverManager.getConnection(POSTGRESQL + "postgres", "postgres", "postgres");
                Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
            statement.execute("CREATE DATABASE " + DATABASE);
        }
    }

    private static void dropPostgresqlDatabase() throws SQLException {
        try (Connection connection = DriverManager.getConnection(POSTGRESQL + "postgres", "postgres", "postgres");
                Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static String required(String property, String what) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new AssertionError("System property " + property + " (" + what + ") is not set; the crash test runs"
                    + " inside `./mvnw verify` (see server/pom.xml)");
        }
        return value;
    }
}
