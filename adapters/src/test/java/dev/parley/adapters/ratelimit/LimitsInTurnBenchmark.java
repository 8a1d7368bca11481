package dev.parley.adapters.ratelimit;

import dev.parley.domain.shared.LimitedUse;
import dev.parley.domain.shared.RateLimit;
import java.io.PrintStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;

/**
 * What taking a request's limits in one statement saves on PostgreSQL (docs/benchmark.md, "Statements per message"):
 * a visitor's message meets two limits, its visitor's and its address's. The baseline takes them one after the other,
 * a statement each ({@link PostgreSqlRateLimitAdapter#take}, the one-limit form of the same statement), as Parley did
 * before; the other takes them in turn in one statement ({@link PostgreSqlRateLimitAdapter#takeInTurn}). Both run in
 * the same process, in alternating rounds, on one reused connection (as a pool gives), against a database of their
 * own, so that the machine's noise falls on both alike. It measures the statements alone: on a server, each limit
 * taken on its own also costs a connection from the pool and its transaction's suspension.
 *
 * <p>Run by {@code bench/limits/run}; {@code ./mvnw verify} never runs it.
 */
public final class LimitsInTurnBenchmark {

    private static final PrintStream OUT = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    private static final RateLimit PER_VISITOR = RateLimit.perMinute("bench_messages_per_visitor", 1_000_000);
    private static final RateLimit PER_ADDRESS = RateLimit.perMinute("bench_messages_per_address", 1_000_000);
    private static final int ROUNDS = 10;
    private static final int REQUESTS = 1_000;

    private LimitsInTurnBenchmark() {}

    public static void main(String[] args) throws Exception {
        try (PostgreSqlTestDatabase database = PostgreSqlTestDatabase.create();
                Connection connection = database.dataSource().getConnection()) {
            PostgreSqlRateLimitAdapter counters =
                    new PostgreSqlRateLimitAdapter(reusing(connection), Clock.systemUTC());
            long[][] oneByOne = new long[ROUNDS][];
            long[][] inTurn = new long[ROUNDS][];
            run(counters, true, -1); // warm-up: the JIT and the server's prepared statements
            run(counters, false, -1);
            for (int round = 0; round < ROUNDS; round++) {
                oneByOne[round] = run(counters, true, round);
                inTurn[round] = run(counters, false, round);
            }
            OUT.printf(
                    "Two limits per request, %d rounds of %d requests each way, alternating, one connection:%n",
                    ROUNDS, REQUESTS);
            report("baseline: one statement per limit", oneByOne);
            report("in turn: one statement for both", inTurn);
        }
    }

    private static long[] run(PostgreSqlRateLimitAdapter counters, boolean oneByOne, int round) {
        long[] nanos = new long[REQUESTS];
        for (int i = 0; i < REQUESTS; i++) {
            String visitor = (oneByOne ? "one-" : "turn-") + round + "-" + i;
            String address = "198.51.100." + (i % 200);
            long start = System.nanoTime();
            if (oneByOne) {
                counters.take(PER_VISITOR, visitor, 1);
                counters.take(PER_ADDRESS, address, 1);
            } else {
                counters.takeInTurn(List.of(LimitedUse.of(PER_VISITOR, visitor), LimitedUse.of(PER_ADDRESS, address)));
            }
            nanos[i] = System.nanoTime() - start;
        }
        return nanos;
    }

    private static void report(String label, long[][] rounds) {
        long[] all =
                Arrays.stream(rounds).flatMapToLong(Arrays::stream).sorted().toArray();
        double[] roundMedians = Arrays.stream(rounds)
                .mapToDouble(round -> percentile(round.clone(), 50))
                .sorted()
                .toArray();
        OUT.printf(
                Locale.ROOT,
                "  %-36s p50 %6.3f ms  p95 %6.3f ms  p99 %6.3f ms  (round medians %.3f to %.3f ms)%n",
                label,
                percentile(all, 50),
                percentile(all, 95),
                percentile(all, 99),
                roundMedians[0],
                roundMedians[roundMedians.length - 1]);
    }

    private static double percentile(long[] nanos, int percentile) {
        Arrays.sort(nanos);
        int index = (int) Math.ceil(percentile / 100.0 * nanos.length) - 1;
        return nanos[Math.max(0, index)] / 1e6;
    }

    /** A data source that lends the one connection again and again, as a pool does; closing it returns it. */
    private static DataSource reusing(Connection connection) {
        return (DataSource) Proxy.newProxyInstance(
                LimitsInTurnBenchmark.class.getClassLoader(),
                new Class<?>[] {DataSource.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("getConnection")) {
                        return Proxy.newProxyInstance(
                                LimitsInTurnBenchmark.class.getClassLoader(),
                                new Class<?>[] {Connection.class},
                                (lent, call, callArgs) ->
                                        call.getName().equals("close") ? null : call.invoke(connection, callArgs));
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
