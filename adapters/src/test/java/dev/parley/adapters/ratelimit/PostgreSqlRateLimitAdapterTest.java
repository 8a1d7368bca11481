package dev.parley.adapters.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.application.limits.port.out.RateLimitPort.Refusal;
import dev.parley.domain.shared.LimitedUse;
import dev.parley.domain.shared.RateLimit;
import java.io.IOException;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The cluster's rate limits on the local PostgreSQL: several adapters stand for several nodes on one database. */
class PostgreSqlRateLimitAdapterTest {

    private static final RateLimit THREE_A_MINUTE = RateLimit.perMinute("test_things", 3);

    private static PostgreSqlTestDatabase database;

    private final MovableClock clock = new MovableClock();
    private PostgreSqlRateLimitAdapter counters;

    @AfterAll
    static void dropDatabase() throws SQLException {
        if (database != null) {
            database.close();
        }
    }

    @BeforeEach
    void emptyTheCounters() throws SQLException, IOException {
        if (database == null) {
            // Made once for the class; every test is skipped where PostgreSQL does not answer.
            database = PostgreSqlTestDatabase.create();
        }
        database.execute("TRUNCATE rate_counter");
        counters = node();
    }

    /** Another node: its own adapter on the same database. */
    private PostgreSqlRateLimitAdapter node() {
        return new PostgreSqlRateLimitAdapter(database.dataSource(), clock);
    }

    private long counted() throws SQLException {
        return database.queryLong("SELECT COALESCE(SUM(count), 0) FROM rate_counter");
    }

    @Test
    void admits_exactly_the_capacity_and_refuses_the_next_with_the_wait_until_it_would_be_admitted() {
        clock.set("2026-12-05T12:00:10Z");
        for (int i = 0; i < 3; i++) {
            assertThat(counters.take(THREE_A_MINUTE, "a", 1))
                    .as("use %d", i + 1)
                    .isEmpty();
        }

        // Three in this window: the fourth waits until this window, as the previous one, weighs two at most.
        assertThat(counters.take(THREE_A_MINUTE, "a", 1))
                .hasValueSatisfying(
                        wait -> assertThat(wait).isBetween(Duration.ofSeconds(70), Duration.ofMillis(70_001)));
        clock.set("2026-12-05T12:01:19Z");
        assertThat(counters.take(THREE_A_MINUTE, "a", 1)).isPresent();
        clock.set("2026-12-05T12:01:20Z");
        assertThat(counters.take(THREE_A_MINUTE, "a", 1)).isEmpty();
    }

    @Test
    void a_refused_take_counts_nothing() throws SQLException {
        clock.set("2026-12-05T12:00:00Z");
        assertThat(counters.take(THREE_A_MINUTE, "a", 2)).isEmpty();

        assertThat(counters.take(THREE_A_MINUTE, "a", 2)).isPresent();
        assertThat(counters.take(THREE_A_MINUTE, "a", 2)).isPresent();

        assertThat(counted()).isEqualTo(2);
        assertThat(counters.take(THREE_A_MINUTE, "a", 1)).isEmpty();
        assertThat(counted()).isEqualTo(3);
    }

    @Test
    void the_previous_window_weighs_what_the_sliding_window_still_covers_of_it() {
        clock.set("2026-12-05T12:00:00Z");
        assertThat(counters.take(THREE_A_MINUTE, "a", 3)).isEmpty();

        clock.set("2026-12-05T12:01:00Z");
        assertThat(counters.take(THREE_A_MINUTE, "a", 1))
                .as("all three still inside")
                .isPresent();

        clock.set("2026-12-05T12:01:30Z");
        assertThat(counters.take(THREE_A_MINUTE, "a", 1))
                .as("half of them weigh 1.5")
                .isEmpty();
        assertThat(counters.take(THREE_A_MINUTE, "a", 1)).isPresent();

        clock.set("2026-12-05T12:02:00Z");
        assertThat(counters.take(THREE_A_MINUTE, "a", 2))
                .as("the one of 12:01 weighs whole")
                .isEmpty();
        assertThat(counters.take(THREE_A_MINUTE, "a", 1)).isPresent();

        clock.set("2026-12-05T12:04:00Z");
        assertThat(counters.take(THREE_A_MINUTE, "a", 3))
                .as("12:03 took nothing")
                .isEmpty();
    }

    @Test
    void more_than_the_capacity_at_once_waits_the_window_and_counts_nothing() throws SQLException {
        assertThat(counters.take(THREE_A_MINUTE, "a", 4)).contains(Duration.ofMinutes(1));
        assertThat(counters.take(THREE_A_MINUTE, "a", 0)).isEmpty();
        assertThat(counters.take(THREE_A_MINUTE, "a", -1)).isEmpty();

        assertThat(counted()).isZero();
        assertThat(counters.take(THREE_A_MINUTE, "a", 3)).isEmpty();
    }

    @Test
    void keys_and_limits_are_counted_apart() {
        assertThat(counters.take(THREE_A_MINUTE, "a", 3)).isEmpty();

        assertThat(counters.take(THREE_A_MINUTE, "b", 3)).isEmpty();
        assertThat(counters.take(RateLimit.perMinute("other_things", 3), "a", 3))
                .isEmpty();
        assertThat(counters.take(THREE_A_MINUTE, "a", 1)).isPresent();
    }

    @Test
    void long_keys_are_counted_by_their_hash_and_apart() throws SQLException {
        String one = "x".repeat(500) + "1";
        String two = "x".repeat(500) + "2";

        assertThat(counters.take(THREE_A_MINUTE, one, 3)).isEmpty();
        assertThat(counters.take(THREE_A_MINUTE, two, 3)).isEmpty();
        assertThat(counters.take(THREE_A_MINUTE, one, 1)).isPresent();

        assertThat(database.queryLong("SELECT MAX(LENGTH(limit_key)) FROM rate_counter"))
                .isEqualTo("sha256:".length() + 64);
        assertThat(counters.take(THREE_A_MINUTE, "sha256:" + "0".repeat(64), 3))
                .as("a key that looks hashed is hashed too")
                .isEmpty();
    }

    @Test
    void two_nodes_hold_the_limit_together() throws SQLException {
        PostgreSqlRateLimitAdapter other = node();
        clock.set("2026-12-05T12:00:00Z");

        assertThat(counters.take(THREE_A_MINUTE, "a", 1)).isEmpty();
        assertThat(other.take(THREE_A_MINUTE, "a", 1)).isEmpty();
        assertThat(counters.take(THREE_A_MINUTE, "a", 1)).isEmpty();

        assertThat(other.take(THREE_A_MINUTE, "a", 1)).isPresent();
        assertThat(counters.take(THREE_A_MINUTE, "a", 1)).isPresent();
        assertThat(counted()).isEqualTo(3);
    }

    @Test
    void concurrent_takes_on_two_nodes_never_exceed_the_capacity() throws Exception {
        RateLimit fifty = RateLimit.perMinute("test_bursts", 50);
        List<PostgreSqlRateLimitAdapter> nodes = List.of(counters, node());
        int threads = 8;
        int takesEach = 20;
        AtomicInteger admitted = new AtomicInteger();
        PostgreSqlTestDatabase.concurrently(threads, t -> {
            PostgreSqlRateLimitAdapter node = nodes.get(t % nodes.size());
            for (int i = 0; i < takesEach; i++) {
                if (node.take(fifty, "burst", 3).isEmpty()) {
                    admitted.incrementAndGet();
                }
            }
        });

        // Takes of 3 under 50: whatever their order, sixteen fit and the seventeenth never does.
        assertThat(admitted).hasValue(16);
        assertThat(counted()).isEqualTo(48);
    }

    @Test
    void limits_met_in_turn_take_each_only_after_the_one_before_and_refuse_with_the_first_that_refuses()
            throws SQLException {
        RateLimit perAddress = RateLimit.perMinute("test_address_things", 5);
        clock.set("2026-12-05T12:00:10Z");
        for (int i = 0; i < 3; i++) {
            assertThat(counters.takeInTurn(inTurn(THREE_A_MINUTE, "visitor", perAddress, "address")))
                    .isEmpty();
        }

        Optional<Refusal> visitorOver = counters.takeInTurn(inTurn(THREE_A_MINUTE, "visitor", perAddress, "address"));

        assertThat(visitorOver).hasValueSatisfying(refusal -> {
            assertThat(refusal.use().limit()).isEqualTo(THREE_A_MINUTE);
            // The same wait as the visitor's limit taken on its own.
            assertThat(refusal.retryAfter()).isBetween(Duration.ofSeconds(70), Duration.ofMillis(70_001));
        });
        assertThat(counted(THREE_A_MINUTE, "visitor")).isEqualTo(3);
        assertThat(counted(perAddress, "address"))
                .as("a visitor over their own limit takes nothing from their address")
                .isEqualTo(3);

        assertThat(counters.takeInTurn(inTurn(THREE_A_MINUTE, "other", perAddress, "address")))
                .isEmpty();
        assertThat(counters.takeInTurn(inTurn(THREE_A_MINUTE, "other", perAddress, "address")))
                .isEmpty();
        Optional<Refusal> addressOver = counters.takeInTurn(inTurn(THREE_A_MINUTE, "other", perAddress, "address"));

        assertThat(addressOver).hasValueSatisfying(refusal -> {
            assertThat(refusal.use().limit()).isEqualTo(perAddress);
            // Five in this window under five: the wait of the address's own limit, as if taken on its own.
            assertThat(refusal.retryAfter()).isEqualTo(Duration.ofSeconds(62));
        });
        assertThat(counted(perAddress, "address")).isEqualTo(5);
        assertThat(counted(THREE_A_MINUTE, "other"))
                .as("the uses before the refused one stay taken, as when each is taken on its own")
                .isEqualTo(3);
    }

    @Test
    void a_use_over_its_capacity_in_turn_takes_the_ones_before_it_and_none_after() throws SQLException {
        RateLimit later = RateLimit.perMinute("test_later_things", 10);

        Optional<Refusal> refused = counters.takeInTurn(List.of(
                LimitedUse.of(THREE_A_MINUTE, "a"),
                new LimitedUse(RateLimit.perMinute("test_big_things", 2), "a", 3),
                LimitedUse.of(later, "a")));

        assertThat(refused).hasValueSatisfying(refusal -> {
            assertThat(refusal.use().limit().name()).isEqualTo("test_big_things");
            assertThat(refusal.retryAfter()).isEqualTo(Duration.ofMinutes(1));
        });
        assertThat(counted(THREE_A_MINUTE, "a")).isEqualTo(1);
        assertThat(counted(later, "a")).isZero();
        assertThat(counters.takeInTurn(List.of(new LimitedUse(THREE_A_MINUTE, "a", 0), LimitedUse.of(later, "a"))))
                .as("nothing to take is taken")
                .isEmpty();
        assertThat(counted(THREE_A_MINUTE, "a")).isEqualTo(1);
        assertThat(counted(later, "a")).isEqualTo(1);
    }

    @Test
    void an_uploads_four_limits_are_one_statement_on_one_connection_and_stop_at_the_first_refusal()
            throws SQLException {
        AtomicInteger connections = new AtomicInteger();
        PostgreSqlRateLimitAdapter counting =
                new PostgreSqlRateLimitAdapter(database.countingConnections(connections), clock);
        RateLimit perAddress = RateLimit.perMinute("test_uploads_per_address", 5);
        RateLimit bytesPerVisitor = RateLimit.perMinute("test_bytes_per_visitor", 1_000);
        RateLimit bytesPerAddress = RateLimit.perMinute("test_bytes_per_address", 10_000);
        clock.set("2026-12-05T12:00:10Z");
        List<LimitedUse> upload = List.of(
                LimitedUse.of(THREE_A_MINUTE, "v"),
                LimitedUse.of(perAddress, "address"),
                new LimitedUse(bytesPerVisitor, "v", 400),
                new LimitedUse(bytesPerAddress, "address", 400));

        assertThat(counting.takeInTurn(upload)).isEmpty();
        assertThat(counting.takeInTurn(upload)).isEmpty();
        Optional<Refusal> third = counting.takeInTurn(upload);

        assertThat(connections)
                .as("one connection per request, whatever it meets")
                .hasValue(3);
        assertThat(third).hasValueSatisfying(refusal -> {
            assertThat(refusal.use().limit()).isEqualTo(bytesPerVisitor);
            // 800 of 1,000 bytes in this window: 400 more fit once those 800 weigh 600 at most, 15 s into the next.
            assertThat(refusal.retryAfter()).isEqualTo(Duration.ofSeconds(65));
        });
        assertThat(counted(THREE_A_MINUTE, "v")).isEqualTo(3);
        assertThat(counted(perAddress, "address")).isEqualTo(3);
        assertThat(counted(bytesPerVisitor, "v")).isEqualTo(800);
        assertThat(counted(bytesPerAddress, "address"))
                .as("nothing after the refused use")
                .isEqualTo(800);
    }

    @Test
    void uses_of_one_counter_in_turn_see_each_other() throws SQLException {
        assertThat(counters.takeInTurn(
                        List.of(new LimitedUse(THREE_A_MINUTE, "a", 2), new LimitedUse(THREE_A_MINUTE, "a", 2))))
                .map(refusal -> refusal.use().amount())
                .contains(2L);

        assertThat(counted()).isEqualTo(2);
    }

    @Test
    void concurrent_turns_on_two_nodes_hold_every_limit() throws Exception {
        RateLimit perVisitor = RateLimit.perMinute("test_visitor_turns", 10);
        RateLimit perAddress = RateLimit.perMinute("test_address_turns", 50);
        List<PostgreSqlRateLimitAdapter> nodes = List.of(counters, node());
        int threads = 8;
        AtomicInteger admitted = new AtomicInteger();
        PostgreSqlTestDatabase.concurrently(threads, t -> {
            PostgreSqlRateLimitAdapter node = nodes.get(t % nodes.size());
            for (int i = 0; i < 20; i++) {
                if (node.takeInTurn(inTurn(perVisitor, "visitor-" + t, perAddress, "shared"))
                        .isEmpty()) {
                    admitted.incrementAndGet();
                }
            }
        });

        // Eight visitors may send 80 between them; their address lets 50 through, and each visitor at most 10.
        assertThat(admitted).hasValue(50);
        assertThat(counted(perAddress, "shared")).isEqualTo(50);
        for (int t = 0; t < threads; t++) {
            // Ten each: a visitor's use stays counted when their address refuses it, as one by one.
            assertThat(counted(perVisitor, "visitor-" + t)).isEqualTo(10);
        }
    }

    private static List<LimitedUse> inTurn(RateLimit first, String firstKey, RateLimit second, String secondKey) {
        return List.of(LimitedUse.of(first, firstKey), LimitedUse.of(second, secondKey));
    }

    private long counted(RateLimit limit, String key) throws SQLException {
        return database.queryLong("SELECT COALESCE(SUM(count), 0) FROM rate_counter WHERE limit_name = '" + limit.name()
                + "' AND limit_key = '" + key + "'");
    }

    @Test
    void counters_are_deleted_once_no_check_reads_them() throws SQLException {
        clock.set("2026-12-05T12:00:30Z");
        counters.take(THREE_A_MINUTE, "a", 1);
        counters.take(RateLimit.perHour("hourly_things", 3), "a", 1);

        clock.set("2026-12-05T12:01:59Z");
        assertThat(counters.deleteExpired()).as("still the previous window").isZero();
        clock.set("2026-12-05T12:02:00Z");
        assertThat(counters.deleteExpired()).isEqualTo(1);
        assertThat(counted()).as("the hourly one stays").isEqualTo(1);
    }

    /** A clock the test moves; read by several threads. */
    private static final class MovableClock extends Clock {

        private volatile Instant now = Instant.parse("2026-12-05T12:00:00Z");

        void set(String instant) {
            now = Instant.parse(instant);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
