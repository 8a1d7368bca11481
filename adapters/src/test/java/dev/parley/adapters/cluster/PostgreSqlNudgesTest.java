package dev.parley.adapters.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.parley.application.cluster.port.Nudge;
import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.shared.AgentId;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Two nodes' nudges through the local PostgreSQL (127.0.0.1:5432, as on every machine Parley is built on). */
class PostgreSqlNudgesTest {

    private static final String URL = "jdbc:postgresql://127.0.0.1:5432/postgres";
    private static final String USER = "postgres";

    private final List<PostgreSqlNudges> nodes = new ArrayList<>();

    @BeforeAll
    static void postgresqlIsThere() {
        try (Connection connection = DriverManager.getConnection(URL, USER, "")) {
            assumeTrue(connection.isValid(2));
        } catch (SQLException absent) {
            assumeTrue(false, "PostgreSQL is not running on 127.0.0.1:5432");
        }
    }

    @AfterEach
    void stop() {
        nodes.forEach(PostgreSqlNudges::close);
    }

    private PostgreSqlNudges node(String name, Duration interval) {
        PostgreSqlNudges node = new PostgreSqlNudges(
                name, PostgreSqlNudges.connector(URL, USER, ""), Executors.defaultThreadFactory(), interval);
        nodes.add(node);
        node.start();
        return node;
    }

    private static String unique(String name) {
        return name + "-" + Long.toHexString(System.nanoTime());
    }

    @Test
    void aNudgeReachesTheOtherNodesButNotTheOneThatSentIt() throws Exception {
        PostgreSqlNudges a = node(unique("a"), Duration.ofMillis(5));
        PostgreSqlNudges b = node(unique("b"), Duration.ofMillis(5));
        List<Nudge> heardByA = new CopyOnWriteArrayList<>();
        List<Nudge> heardByB = new CopyOnWriteArrayList<>();
        a.receive(heardByA::add, () -> {});
        b.receive(heardByB::add, () -> {});
        waitUntilListening(a, b);

        Nudge news = new Nudge.ConversationNews(ConversationId.random(), 7);
        a.send(news);

        waitUntil(() -> heardByB.contains(news), "B hears A's nudge");
        Thread.sleep(200);
        assertThat(heardByA).doesNotContain(news);
        assertThat(heardByB).containsOnlyOnce(news);
    }

    @Test
    void newsWaitingWhenANodeStopsStillReachesTheOthers() throws Exception {
        PostgreSqlNudges a = node(unique("a"), Duration.ofSeconds(1));
        PostgreSqlNudges b = node(unique("b"), Duration.ofMillis(5));
        List<Nudge> heardByB = new CopyOnWriteArrayList<>();
        b.receive(heardByB::add, () -> {});
        waitUntilListening(a, b);
        Nudge first = new Nudge.ConversationNews(ConversationId.random(), 1);
        a.send(first);
        waitUntil(() -> heardByB.contains(first), "B hears A's first nudge");

        // The second waits for the rest of A's interval, a second, when A stops.
        Nudge last = new Nudge.ConversationNews(ConversationId.random(), 2);
        a.send(last);
        a.close();

        waitUntil(() -> heardByB.contains(last), "B hears what A sent just before it stopped");
        Nudge leaving = new Nudge.NodeLeaving(a.instance());
        waitUntil(() -> heardByB.contains(leaving), "B hears that A leaves");
        assertThat(heardByB.indexOf(leaving))
                .as("the word that A leaves comes after its last news")
                .isGreaterThan(heardByB.indexOf(last));
        assertThat(a.nudgesDropped()).isZero();
    }

    @Test
    void aBurstOfNewsIsMergedPerConversationAndSentInFewNotifies() throws Exception {
        PostgreSqlNudges a = node(unique("a"), Duration.ofMillis(50));
        PostgreSqlNudges b = node(unique("b"), Duration.ofMillis(50));
        Map<ConversationId, Long> latest = new ConcurrentHashMap<>();
        AtomicInteger heard = new AtomicInteger();
        b.receive(
                nudge -> {
                    heard.incrementAndGet();
                    Nudge.ConversationNews news = (Nudge.ConversationNews) nudge;
                    latest.merge(news.conversation(), news.lastSeq(), Math::max);
                },
                () -> {});
        waitUntilListening(a, b);
        List<ConversationId> conversations = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            conversations.add(ConversationId.random());
        }

        for (int seq = 1; seq <= 50; seq++) {
            for (ConversationId conversation : conversations) {
                a.send(new Nudge.ConversationNews(conversation, seq));
            }
        }

        waitUntil(
                () -> conversations.stream().allMatch(c -> Long.valueOf(50).equals(latest.get(c))),
                "B knows every conversation's last message");
        // 1,000 pieces of news in a few gathering intervals: a handful of NOTIFYs, far fewer nudges than news.
        assertThat(a.notifiesSent()).isLessThan(20);
        assertThat(heard.get()).isLessThan(1000);
    }

    @Test
    void aLostListenerComesBackAndAsksForAResync() throws Exception {
        PostgreSqlNudges a = node(unique("a"), Duration.ofMillis(5));
        PostgreSqlNudges b = node(unique("b"), Duration.ofMillis(5));
        List<Nudge> heardByB = new CopyOnWriteArrayList<>();
        AtomicInteger resyncs = new AtomicInteger();
        b.receive(heardByB::add, resyncs::incrementAndGet);
        waitUntilListening(a, b);

        int killed = terminate("parley-listener-" + b.node());

        assertThat(killed).isEqualTo(1);
        waitUntil(() -> resyncs.get() == 1, "B resyncs once its listener is back");
        waitUntilListening(b);
        Nudge after = new Nudge.ConversationNews(ConversationId.random(), 3);
        a.send(after);
        waitUntil(() -> heardByB.contains(after), "B hears nudges again");
        assertThat(b.listenerReconnects()).isEqualTo(1);
    }

    @Test
    void aLostSenderConnectionIsMadeAgain() throws Exception {
        PostgreSqlNudges a = node(unique("a"), Duration.ofMillis(5));
        PostgreSqlNudges b = node(unique("b"), Duration.ofMillis(5));
        List<Nudge> heardByB = new CopyOnWriteArrayList<>();
        b.receive(heardByB::add, () -> {});
        waitUntilListening(a, b);
        Nudge first = new Nudge.MacrosNews();
        a.send(first);
        waitUntil(() -> heardByB.contains(first), "B hears the first nudge");

        assertThat(terminate("parley-sender-" + a.node())).isEqualTo(1);
        Nudge second = new Nudge.TagsNews();
        a.send(second);

        waitUntil(() -> heardByB.contains(second), "B hears the nudge sent after the sender was lost");
    }

    @Test
    void twoNodesGivenOneNameStillHearEachOther() throws Exception {
        String name = unique("same");
        PostgreSqlNudges a = node(name, Duration.ofMillis(5));
        PostgreSqlNudges b = node(name, Duration.ofMillis(5));
        List<Nudge> heardByB = new CopyOnWriteArrayList<>();
        b.receive(heardByB::add, () -> {});
        waitUntil(() -> countListening(name) == 2, "both listen");

        Nudge news = new Nudge.ConversationNews(ConversationId.random(), 1);
        a.send(news);

        waitUntil(() -> heardByB.contains(news), "B hears A although they share a name");
    }

    @Test
    void aStateThatChangedTwiceWhileGatheredArrivesAsItEnded() throws Exception {
        PostgreSqlNudges a = node(unique("a"), Duration.ofMillis(300));
        PostgreSqlNudges b = node(unique("b"), Duration.ofMillis(5));
        List<Nudge> heardByB = new CopyOnWriteArrayList<>();
        b.receive(heardByB::add, () -> {});
        waitUntilListening(a, b);
        AgentId agent = AgentId.of(java.util.UUID.randomUUID().toString());

        a.send(new Nudge.PresenceNews("a", agent, "ONLINE", true));
        a.send(new Nudge.PresenceNews("a", agent, "OFFLINE", false));
        a.send(new Nudge.MacrosNews());
        a.send(new Nudge.PresenceNews("a", agent, "ONLINE", true));

        waitUntil(() -> heardByB.contains(new Nudge.MacrosNews()), "B hears the batch");
        Thread.sleep(100);
        List<Nudge> presences =
                heardByB.stream().filter(Nudge.PresenceNews.class::isInstance).toList();
        assertThat(presences.get(presences.size() - 1))
                .as("the last presence B hears is the last one A had")
                .isEqualTo(new Nudge.PresenceNews("a", agent, "ONLINE", true));
    }

    private static int countListening(String node) {
        try (Connection admin = DriverManager.getConnection(URL, USER, "");
                PreparedStatement find = admin.prepareStatement(
                        "SELECT count(*) FROM pg_stat_activity WHERE application_name = ? AND state = 'idle'")) {
            find.setString(1, "parley-listener-" + node);
            try (ResultSet found = find.executeQuery()) {
                found.next();
                return found.getInt(1);
            }
        } catch (SQLException unreachable) {
            return 0;
        }
    }

    @Test
    void theQueueUsageIsReadable() {
        PostgreSqlNudges a = node(unique("a"), Duration.ofMillis(5));
        assertThat(a.queueUsage()).hasValueSatisfying(usage -> assertThat(usage).isBetween(0.0, 1.0));
    }

    private static int terminate(String applicationName) throws SQLException {
        try (Connection admin = DriverManager.getConnection(URL, USER, "");
                PreparedStatement kill = admin.prepareStatement(
                        "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE application_name = ?")) {
            kill.setString(1, applicationName);
            try (ResultSet killed = kill.executeQuery()) {
                killed.next();
                return killed.getInt(1);
            }
        }
    }

    private static void waitUntilListening(PostgreSqlNudges... nodes) throws Exception {
        for (PostgreSqlNudges node : nodes) {
            waitUntil(() -> listening(node.node()), node.node() + " listens");
        }
    }

    private static boolean listening(String node) {
        try (Connection admin = DriverManager.getConnection(URL, USER, "");
                PreparedStatement find = admin.prepareStatement(
                        "SELECT count(*) FROM pg_stat_activity WHERE application_name = ? AND state = 'idle'")) {
            find.setString(1, "parley-listener-" + node);
            try (ResultSet found = find.executeQuery()) {
                found.next();
                return found.getInt(1) == 1;
            }
        } catch (SQLException unreachable) {
            return false;
        }
    }

    private static void waitUntil(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Not within 15 s: " + what);
            }
            Thread.sleep(20);
        }
    }
}
