package dev.parley.server.it;

import static dev.parley.server.it.Frames.aboutConversation;
import static dev.parley.server.it.Frames.newClientMessageId;
import static dev.parley.server.it.Frames.seq;
import static dev.parley.server.it.Frames.uniqueText;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import dev.parley.server.crash.LibertyServer;
import dev.parley.server.it.ParleyClient.AgentSession;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Two Parley nodes on one PostgreSQL database, as behind a load balancer: whatever node a visitor or an agent reached,
 * they see each other's messages, typing and receipts, nothing is lost, doubled or reordered (not even when a node's
 * listening connection is cut), limits and sign-in lock-outs hold in total, an email is sent once, an agent removed on
 * one node is cut off on the other, and the agents of a node killed with SIGKILL resume on the other. The test starts,
 * kills and stops both nodes itself ({@code parley-cluster-a} and {@code -b}, laid out by the build; their environment
 * is {@code src/test/liberty/cluster.env}).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    private static final Logger LOG = Logger.getLogger(ClusterIT.class.getName());
    private static final String POSTGRESQL = "jdbc:postgresql://127.0.0.1:5432/";
    private static final String DATABASE = "parley_cluster";
    private static final int VISITORS = 20;
    private static final int MESSAGES_PER_VISITOR = 50;
    /** A visitor's messages a minute on both nodes together ({@code PARLEY_LIMIT_MESSAGES_PER_VISITOR}). */
    private static final int MESSAGES_PER_VISITOR_LIMIT = 60;

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(new ServerSetup(
                    Integer.getInteger("parley.it.cluster.smtpPort", 3027), "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
            .withPerMethodLifecycle(false);

    private static String a;
    private static String b;
    private static LibertyServer nodeA;
    private static LibertyServer nodeB;

    @BeforeAll
    static void start_two_nodes_on_one_database() throws Exception {
        // The build lays the nodes out for the PostgreSQL run only (-Dparley.it.postgresql=true).
        assumeTrue(
                System.getProperty("parley.it.cluster.wlp") != null,
                "the cluster's nodes are laid out for the PostgreSQL run only");
        Path wlp = Path.of(required("parley.it.cluster.wlp"));
        a = required("parley.it.cluster.aUrl");
        b = required("parley.it.cluster.bUrl");
        Path consoles = Path.of(System.getProperty("parley.it.cluster.consoles", "target/cluster"));
        try (Connection connection = DriverManager.getConnection(POSTGRESQL + "postgres", "postgres", "postgres");
                Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
            statement.execute("CREATE DATABASE " + DATABASE);
        }
        nodeA = new LibertyServer(wlp, "parley-cluster-a", URI.create(a), environment("a"), consoles);
        nodeB = new LibertyServer(wlp, "parley-cluster-b", URI.create(b), environment("b"), consoles);
        // Both at once: Flyway's lock on PostgreSQL lets one node migrate while the other waits.
        CompletableFuture<Void> startingB = CompletableFuture.runAsync(() -> nodeB.start("b"));
        nodeA.start("a");
        startingB.get(10, TimeUnit.MINUTES);
    }

    @AfterAll
    static void stop_the_nodes() {
        if (nodeA != null) {
            nodeA.close();
        }
        if (nodeB != null) {
            nodeB.close();
        }
    }

    private static Map<String, String> environment(String node) {
        Map<String, String> environment = new HashMap<>();
        environment.put("PARLEY_CLUSTER_NODE", node);
        environment.put("PARLEY_DB_URL", POSTGRESQL + DATABASE);
        environment.put("PARLEY_DB_USER", "postgres");
        environment.put("PARLEY_DB_PASSWORD", "postgres");
        return environment;
    }

    @Test
    @Order(1)
    void a_visitor_on_one_node_and_an_agent_on_the_other_see_each_others_messages_typing_and_receipts()
            throws InterruptedException {
        AgentSession agent = ParleyClient.on(b, ParleyClient::signInAsAdmin);
        try (FrameSocket inbox = ParleyClient.on(b, agent::openInbox);
                FrameSocket visitor = ParleyClient.on(a, () -> FrameSocket.open("/ws/visitor", Optional.empty()))) {
            visitor.send(Frames.visitorHello());
            visitor.next("ready");
            String question = uniqueText("Do you ship to Gdańsk?");
            visitor.send(Frames.send(newClientMessageId(), question));
            String conversation = visitor.next("ack").getString("conversationId");

            JsonObject ticket = inbox.next("ticket", aboutConversation(conversation), PATIENCE)
                    .getJsonObject("ticket");
            assertThat(ticket.getJsonObject("lastMessage").getString("text")).isEqualTo(question);
            String trace = traceOf(nodeA, "visitor send", "parley.node=a", "parley.conversation.id=" + conversation);
            assertThat(traceOf(nodeA, "visitor lock", trace))
                    .as("the message's trace goes on into the database on node A")
                    .isEqualTo(trace);
            assertThat(traceOf(nodeB, "news deliver", "parley.node=b", trace))
                    .as("the message's trace shows node A writing it and node B delivering it")
                    .isEqualTo(trace);

            inbox.send(Frames.open(conversation, 0));
            List<JsonObject> thread = List.of(
                    inbox.next("message", aboutConversation(conversation)),
                    inbox.next("message", aboutConversation(conversation)));
            assertThat(thread.get(1).getString("text")).isEqualTo(question);
            assertThat(visitor.next(
                                    "receipt",
                                    frame -> frame.getJsonNumber("agentSeenSeq").longValue() == 2,
                                    PATIENCE)
                            .getString("conversationId"))
                    .as("the visitor on A sees that the agent on B read their message")
                    .isEqualTo(conversation);

            visitor.send(typing(conversation));
            assertThat(inbox.next("typing", aboutConversation(conversation), PATIENCE)
                            .getString("author"))
                    .isEqualTo("visitor");
            inbox.send(typing(conversation));
            assertThat(visitor.next("typing", PATIENCE).getString("author")).isEqualTo("agent");

            String reply = uniqueText("Yes, in two days.");
            inbox.send(Frames.send(newClientMessageId(), reply, conversation));
            long replySeq = seq(inbox.next("ack"));
            JsonObject delivered =
                    visitor.next("message", frame -> frame.getString("text").equals(reply), PATIENCE);
            assertThat(seq(delivered)).isEqualTo(replySeq);
            assertThat(delivered.getString("author")).isEqualTo("agent");
            String replyTrace = traceOf(
                    nodeB,
                    "agent send",
                    "parley.node=b",
                    "parley.conversation.id=" + conversation,
                    "parley.message.seq=" + replySeq);
            assertThat(traceOf(nodeA, "news deliver", "parley.node=a", replyTrace))
                    .as("the reply's trace runs from node B to node A")
                    .isEqualTo(replyTrace);

            visitor.send(Json.createObjectBuilder()
                    .add("type", "seen")
                    .add("conversationId", conversation)
                    .add("seq", replySeq)
                    .build());
            assertThat(inbox.next(
                            "receipt",
                            frame -> frame.getJsonNumber("visitorSeenSeq").longValue() == replySeq,
                            PATIENCE))
                    .as("the agent on B sees that the visitor on A read the reply")
                    .isNotNull();
        }
    }

    private static final Pattern SPAN = Pattern.compile("'([^']+)' : ([0-9a-f]{32}) ");

    /**
     * The trace of the first span named {@code name} in the node's log whose line holds every one of {@code parts}
     * (OpenTelemetry's logging exporter writes a line a span: name, trace id, span id, kind, attributes).
     */
    private static String traceOf(LibertyServer node, String name, String... parts) throws InterruptedException {
        Path log = node.serverDirectory().resolve("logs/messages.log");
        long giveUpAt = System.nanoTime() + PATIENCE.toNanos();
        while (true) {
            try (var lines = Files.lines(log)) {
                Optional<String> trace = lines.filter(
                                line -> Arrays.stream(parts).allMatch(line::contains))
                        .map(SPAN::matcher)
                        .filter(span -> span.find() && span.group(1).equals(name))
                        .map(span -> span.group(2))
                        .findFirst();
                if (trace.isPresent()) {
                    return trace.get();
                }
            } catch (IOException | UncheckedIOException notYet) {
                LOG.fine(() -> "the log is not readable yet: " + notYet);
            }
            assertThat(System.nanoTime())
                    .as("a span '%s' with %s in %s", name, Arrays.toString(parts), log)
                    .isLessThan(giveUpAt);
            Thread.sleep(200);
        }
    }

    /** One visitor of the load test: writes on one node while a second tab of theirs reads on the other. */
    private record Written(String clientMessageId, long sentAt) {}

    @Test
    @Order(2)
    void visitors_on_both_nodes_lose_nothing_double_nothing_and_reorder_nothing_even_when_a_listener_is_cut()
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(VISITORS);
        AtomicInteger acknowledged = new AtomicInteger();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        Map<Integer, String> problems = new ConcurrentHashMap<>();
        List<Future<?>> runs = new ArrayList<>();
        for (int v = 0; v < VISITORS; v++) {
            int visitor = v;
            String writes = visitor % 2 == 0 ? a : b;
            String reads = visitor % 2 == 0 ? b : a;
            runs.add(pool.submit(() -> {
                String address = ParleyClient.newClientAddress();
                try (FrameSocket writer =
                        ParleyClient.on(writes, () -> FrameSocket.open("/ws/visitor", Optional.empty(), address))) {
                    writer.send(Frames.visitorHello());
                    String token = writer.next("ready").getString("token");
                    String first = newClientMessageId();
                    writer.send(Frames.send(first, "Message 0 of visitor " + visitor));
                    String conversation = writer.next("ack").getString("conversationId");
                    acknowledged.incrementAndGet();
                    try (FrameSocket reader =
                            ParleyClient.on(reads, () -> FrameSocket.open("/ws/visitor", Optional.empty(), address))) {
                        reader.send(Frames.visitorHello(token, conversation, 0));
                        reader.next("ready");
                        Map<String, Written> written = new ConcurrentHashMap<>();
                        written.put(first, new Written(first, System.nanoTime()));
                        Future<List<JsonObject>> reading = Executors.newSingleThreadExecutor()
                                .submit(() -> readUntilAll(reader, written, latencies));
                        for (int m = 1; m < MESSAGES_PER_VISITOR; m++) {
                            String id = newClientMessageId();
                            written.put(id, new Written(id, System.nanoTime()));
                            writer.send(Frames.send(id, "Message " + m + " of visitor " + visitor));
                            assertThat(writer.next("ack").getString("clientMessageId"))
                                    .isEqualTo(id);
                            acknowledged.incrementAndGet();
                        }
                        List<JsonObject> read = reading.get(2, TimeUnit.MINUTES);
                        String problem = problemWith(read, written.keySet());
                        if (problem != null) {
                            problems.put(visitor, problem);
                        }
                    }
                }
                return null;
            }));
        }
        // Halfway through, node B's listening connection is cut: it makes it again and resyncs its clients.
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (acknowledged.get() < VISITORS * MESSAGES_PER_VISITOR / 2 && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(terminateListener("b"))
                .as("node B's listener was connected and is cut")
                .isEqualTo(1);
        for (Future<?> run : runs) {
            run.get(5, TimeUnit.MINUTES);
        }
        pool.shutdown();

        assertThat(problems).as("every reader got every message once, in order").isEmpty();
        assertThat(acknowledged.get()).isEqualTo(VISITORS * MESSAGES_PER_VISITOR);
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        LOG.info(() -> "event=cluster_delivery messages=" + sorted.size() + " p50_ms=" + percentile(sorted, 50)
                + " p95_ms=" + percentile(sorted, 95) + " p99_ms=" + percentile(sorted, 99) + " max_ms="
                + sorted.get(sorted.size() - 1));
        assertThat(sorted).hasSize(VISITORS * MESSAGES_PER_VISITOR);
    }

    /** Reads messages until every written one came, noting how long each took from its send. */
    private static List<JsonObject> readUntilAll(
            FrameSocket reader, Map<String, Written> written, List<Long> latencies) {
        List<JsonObject> read = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        while (seen.size() < MESSAGES_PER_VISITOR) {
            JsonObject message = reader.next("message", Duration.ofSeconds(30));
            read.add(message);
            String id = message.getString("clientMessageId", null);
            Written sent = id == null ? null : written.get(id);
            if (sent != null && seen.add(id)) {
                latencies.add(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - sent.sentAt()));
            }
        }
        return read;
    }

    /** What is wrong with what a reader got, or {@code null}: every message once, sequence numbers 1, 2, 3… */
    private static String problemWith(List<JsonObject> read, Set<String> written) {
        List<Long> seqs = read.stream().map(Frames::seq).toList();
        for (int i = 0; i < seqs.size(); i++) {
            if (seqs.get(i) != i + 1) {
                return "sequence numbers " + seqs;
            }
        }
        List<String> ids = read.stream()
                .map(message -> message.getString("clientMessageId", null))
                .filter(id -> id != null && written.contains(id))
                .toList();
        if (ids.size() != written.size() || new LinkedHashSet<>(ids).size() != ids.size()) {
            return "messages " + ids.size() + " of " + written.size();
        }
        return null;
    }

    @Test
    @Order(3)
    void a_visitors_message_limit_holds_in_total_across_the_nodes() {
        String address = ParleyClient.newClientAddress();
        try (FrameSocket onA = ParleyClient.on(a, () -> FrameSocket.open("/ws/visitor", Optional.empty(), address))) {
            onA.send(Frames.visitorHello());
            String token = onA.next("ready").getString("token");
            onA.send(Frames.send(newClientMessageId(), "The first of many"));
            String conversation = onA.next("ack").getString("conversationId");
            try (FrameSocket onB =
                    ParleyClient.on(b, () -> FrameSocket.open("/ws/visitor", Optional.empty(), address))) {
                onB.send(Frames.visitorHello(token, conversation, 0));
                onB.next("ready");
                int accepted = 1;
                int refused = 0;
                long started = System.nanoTime();
                for (int i = 1; i <= MESSAGES_PER_VISITOR_LIMIT + 5; i++) {
                    FrameSocket socket = i % 2 == 0 ? onA : onB;
                    socket.send(Frames.send(newClientMessageId(), "Message " + i));
                    JsonObject answer = socket.nextOf(Set.of("ack", "error"), FrameSocket.PATIENCE);
                    if ("ack".equals(answer.getString("type"))) {
                        accepted++;
                    } else {
                        assertThat(answer.getString("code")).isEqualTo("rate_limited");
                        refused++;
                    }
                }
                int total = accepted;
                LOG.info(() -> "event=cluster_limit accepted=" + total);
                // One node alone would have let all 66 through (each saw 33): the limit is counted in total. The
                // sliding minute gives back about one use a second once it crosses into the next window.
                long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);
                assertThat(accepted)
                        .isBetween(MESSAGES_PER_VISITOR_LIMIT, MESSAGES_PER_VISITOR_LIMIT + 1 + (int) seconds)
                        .isLessThan(MESSAGES_PER_VISITOR_LIMIT + 6);
                assertThat(refused).isPositive();
            }
        }
    }

    @Test
    @Order(4)
    void sign_in_failures_on_both_nodes_lock_the_account_address_out_together() {
        String address = ParleyClient.newClientAddress();
        String body = Json.createObjectBuilder()
                .add("email", "nobody-" + java.util.UUID.randomUUID() + "@parley.test")
                .add("password", "wrong password")
                .build()
                .toString();
        // Five failures per account address (PARLEY_LIMIT_SIGN_IN_FAILURES_PER_EMAIL's default), three on A and two on
        // B:
        // each node alone saw fewer than five.
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String node = i % 2 == 0 ? a : b;
            statuses.add(ParleyClient.on(node, () -> ParleyClient.postJsonFrom(address, "/api/v1/agent/session", body))
                    .statusCode());
        }
        assertThat(statuses).as("five failures, on both nodes").containsOnly(401);
        ParleyClient.assertProblem(
                ParleyClient.on(b, () -> ParleyClient.postJsonFrom(address, "/api/v1/agent/session", body)),
                429,
                "rate_limited");
        ParleyClient.assertProblem(
                ParleyClient.on(a, () -> ParleyClient.postJsonFrom(address, "/api/v1/agent/session", body)),
                429,
                "rate_limited");
    }

    @Test
    @Order(5)
    void a_visitor_on_one_node_hears_the_team_is_online_while_an_agent_is_online_on_the_other() throws Exception {
        AgentSession agent = ParleyClient.on(a, ParleyClient::signInAsAdmin);
        awaitTeamOnline(b, false);
        try (FrameSocket visitor = ParleyClient.on(b, () -> FrameSocket.open("/ws/visitor", Optional.empty()))) {
            visitor.send(Frames.visitorHello());
            visitor.next("ready");
            FrameSocket inbox = ParleyClient.on(a, agent::openInbox);
            try {
                assertThat(visitor.next("availability", PATIENCE).getBoolean("teamOnline"))
                        .as("the widget on B hears that an agent came online on A")
                        .isTrue();
                assertThat(teamOnline(b))
                        .as("B's widget configuration says so too")
                        .isTrue();

                // The agent says they are away through B, where they have no inbox: A shows it, B's widget hears it.
                chooseStatus(b, agent, "away");
                assertThat(inbox.next(
                                "presence",
                                frame -> frame.getString("agentId").equals(agent.id())
                                        && frame.getString("presence").equals("away"),
                                PATIENCE))
                        .as("the agent's inbox on A shows them away")
                        .isNotNull();
                assertThat(visitor.next("availability", PATIENCE).getBoolean("teamOnline"))
                        .isFalse();
                chooseStatus(b, agent, "available");
                assertThat(visitor.next("availability", PATIENCE).getBoolean("teamOnline"))
                        .isTrue();
            } finally {
                chooseStatus(b, agent, "available");
                inbox.close();
            }
            assertThat(visitor.next("availability", PATIENCE).getBoolean("teamOnline"))
                    .as("and that nobody is online once the agent's inbox on A closed")
                    .isFalse();
            assertThat(teamOnline(b)).isFalse();
        }
    }

    @Test
    @Order(6)
    void an_agent_with_an_inbox_on_either_node_is_online_on_both_until_their_last_inbox_closes() throws Exception {
        AgentSession agent = ParleyClient.on(a, ParleyClient::signInAsAdmin);
        awaitPresence(a, agent, "offline");
        FrameSocket onB = ParleyClient.on(b, agent::openInbox);
        awaitPresence(a, agent, "online");
        assertThat(presence(b, agent)).isEqualTo("online");

        try (FrameSocket onA = ParleyClient.on(a, agent::openInbox)) {
            onB.close();
            // B's inbox closing takes the agent offline on B alone: A, where they still have an inbox, shows no change.
            onA.noFrameWithin(
                    Duration.ofSeconds(3),
                    "presence",
                    frame -> frame.getString("agentId").equals(agent.id()));
            assertThat(presence(a, agent)).isEqualTo("online");
            assertThat(presence(b, agent))
                    .as("B shows the agent online by the inbox on A")
                    .isEqualTo("online");
            assertThat(teamOnline(b)).isTrue();
        }
        awaitPresence(b, agent, "offline");
        awaitPresence(a, agent, "offline");
        awaitTeamOnline(b, false);
    }

    /** The agent's presence as the team list on a node shows it. */
    private static String presence(String node, AgentSession agent) {
        HttpResponse<String> team =
                ParleyClient.on(node, () -> ParleyClient.get(TeamApi.AGENTS, Optional.of(agent.cookie())));
        assertThat(team.statusCode()).as(team.body()).isEqualTo(200);
        return ParleyClient.jsonArray(team.body()).getValuesAs(JsonObject.class).stream()
                .filter(member -> member.getString("id").equals(agent.id()))
                .findFirst()
                .orElseThrow()
                .getString("presence");
    }

    private static void awaitPresence(String node, AgentSession agent, String presence) throws InterruptedException {
        long giveUpAt = System.nanoTime() + PATIENCE.toNanos();
        while (!presence(node, agent).equals(presence)) {
            assertThat(System.nanoTime())
                    .as("%s's presence %s on %s", agent.id(), presence, node)
                    .isLessThan(giveUpAt);
            Thread.sleep(200);
        }
    }

    private static void chooseStatus(String node, AgentSession agent, String status) {
        HttpResponse<String> chosen = ParleyClient.on(
                node,
                () -> ParleyClient.send(
                        "PATCH",
                        "/api/v1/agents/me",
                        "{\"status\":\"" + status + "\"}",
                        agent.cookie(),
                        agent.csrfToken()));
        assertThat(chosen.statusCode()).as(chosen.body()).isEqualTo(200);
    }

    private static boolean teamOnline(String node) {
        return ParleyClient.json(ParleyClient.on(node, () -> ParleyClient.get("/api/v1/widget/config"))
                        .body())
                .getBoolean("teamOnline");
    }

    private static void awaitTeamOnline(String node, boolean online) throws InterruptedException {
        long giveUpAt = System.nanoTime() + PATIENCE.toNanos();
        while (teamOnline(node) != online) {
            assertThat(System.nanoTime())
                    .as("the team online: %s on %s", online, node)
                    .isLessThan(giveUpAt);
            Thread.sleep(200);
        }
    }

    @Test
    @Order(7)
    void an_agent_removed_on_one_node_loses_their_inbox_on_the_other_at_once() {
        AgentSession admin = ParleyClient.on(a, ParleyClient::signInAsAdmin);
        AgentSession agent = ParleyClient.on(b, () -> TeamApi.addAndSignIn(admin, "cluster-", "Ola Nowak", "agent"));
        try (FrameSocket inbox = ParleyClient.on(b, agent::openInbox)) {
            ParleyClient.on(a, () -> {
                TeamApi.remove(admin, agent.id());
                return null;
            });
            assertThat(inbox.closedWith(PATIENCE))
                    .as("the inbox on B closes once A removed the agent")
                    .hasValue("4002 removed");
        }
        ParleyClient.assertProblem(
                ParleyClient.on(b, () -> ParleyClient.get("/api/v1/tickets", Optional.of(agent.cookie()))),
                401,
                "account_removed");
    }

    @Test
    @Order(8)
    void a_new_ticket_is_emailed_once_not_once_per_node() throws Exception {
        AgentSession admin = ParleyClient.on(a, ParleyClient::signInAsAdmin);
        JsonObject before = ParleyClient.on(a, () -> SettingsApi.read(admin));
        try {
            ParleyClient.on(
                    a,
                    () -> SettingsApi.update(
                            admin,
                            Json.createObjectBuilder()
                                    .add(
                                            "emailNotifications",
                                            Json.createObjectBuilder()
                                                    .add("enabled", true)
                                                    .add(
                                                            "recipients",
                                                            Json.createArrayBuilder()
                                                                    .add("team@parley.test"))
                                                    .add("delaySeconds", 0))
                                    .build()));
            String marker = uniqueText("parcel");
            ParleyClient.on(b, () -> ParleyClient.startConversation(newClientMessageId(), "Where is my " + marker));

            long deadline = System.nanoTime() + PATIENCE.toNanos();
            while (emailsAbout(marker) == 0 && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
            // Both nodes look for due emails every second: several rounds of each pass.
            Thread.sleep(5000);
            assertThat(emailsAbout(marker)).as("one email, sent by one node").isEqualTo(1);
        } finally {
            ParleyClient.on(a, () -> {
                SettingsApi.restore(admin, before);
                return null;
            });
        }
    }

    private static long emailsAbout(String marker) {
        return Arrays.stream(SMTP.getReceivedMessages())
                .filter(message -> contains(message, marker))
                .count();
    }

    private static boolean contains(MimeMessage message, String text) {
        try {
            java.io.ByteArrayOutputStream raw = new java.io.ByteArrayOutputStream();
            message.writeTo(raw);
            return raw.toString(java.nio.charset.StandardCharsets.UTF_8).contains(text)
                    || String.valueOf(message.getSubject()).contains(text);
        } catch (java.io.IOException | jakarta.mail.MessagingException unreadable) {
            throw new AssertionError(unreadable);
        }
    }

    @Test
    @Order(9)
    void when_a_node_is_killed_its_agents_resume_on_the_other_with_nothing_missing() throws Exception {
        AgentSession agent = ParleyClient.on(b, ParleyClient::signInAsAdmin);
        String conversation;
        long lastSeen;
        try (FrameSocket visitor = ParleyClient.on(a, () -> FrameSocket.open("/ws/visitor", Optional.empty()))) {
            visitor.send(Frames.visitorHello());
            visitor.next("ready");
            visitor.send(Frames.send(newClientMessageId(), uniqueText("Before the crash")));
            conversation = visitor.next("ack").getString("conversationId");
            try (FrameSocket inbox = ParleyClient.on(b, agent::openInbox)) {
                inbox.send(Frames.open(conversation, 0));
                inbox.next("message", aboutConversation(conversation));
                lastSeen = seq(inbox.next("message", aboutConversation(conversation)));
                awaitPresence(a, agent, "online");

                nodeB.kill();

                assertThat(inbox.awaitClose(PATIENCE))
                        .as("the inbox on B is gone with its node")
                        .isTrue();
            }
            // B said nothing of it as it died: its word that the agent was online runs out on A (7 s).
            awaitPresence(a, agent, "offline");
            awaitTeamOnline(a, false);
            String during = uniqueText("While B is down");
            visitor.send(Frames.send(newClientMessageId(), during));
            long duringSeq = seq(visitor.next("ack"));

            try (FrameSocket inbox = ParleyClient.on(a, agent::openInbox)) {
                inbox.send(Frames.open(conversation, lastSeen));
                JsonObject resumed = inbox.next("message", aboutConversation(conversation), PATIENCE);
                assertThat(seq(resumed))
                        .as("the agent resumes on A right after what they had")
                        .isEqualTo(lastSeen + 1);
                List<JsonObject> rest = new ArrayList<>(List.of(resumed));
                while (seq(rest.get(rest.size() - 1)) < duringSeq) {
                    rest.add(inbox.next("message", aboutConversation(conversation)));
                }
                assertThat(rest.stream().map(Frames::seq).toList())
                        .as("nothing missing, nothing twice, in order")
                        .isEqualTo(java.util.stream.LongStream.rangeClosed(lastSeen + 1, duringSeq)
                                .boxed()
                                .toList());
                assertThat(rest.get(rest.size() - 1).getString("text")).isEqualTo(during);

                String reply = uniqueText("Still here");
                inbox.send(Frames.send(newClientMessageId(), reply, conversation));
                inbox.next("ack");
                assertThat(visitor.next(
                                "message", frame -> frame.getString("text").equals(reply), PATIENCE))
                        .isNotNull();
            }
        }
    }

    private static JsonObject typing(String conversation) {
        return Json.createObjectBuilder()
                .add("type", "typing")
                .add("conversationId", conversation)
                .build();
    }

    private static int terminateListener(String node) throws SQLException {
        try (Connection connection = DriverManager.getConnection(POSTGRESQL + DATABASE, "postgres", "postgres");
                PreparedStatement kill = connection.prepareStatement(
                        "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE application_name = ?")) {
            kill.setString(1, "parley-listener-" + node);
            try (ResultSet killed = kill.executeQuery()) {
                killed.next();
                return killed.getInt(1);
            }
        }
    }

    private static long percentile(List<Long> sorted, int percent) {
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        assertThat(value).as("system property " + property).isNotBlank();
        return value;
    }
}
