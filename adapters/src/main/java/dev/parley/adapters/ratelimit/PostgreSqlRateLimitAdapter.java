package dev.parley.adapters.ratelimit;

import dev.parley.application.limits.port.out.RateLimitPort;
import dev.parley.application.limits.port.out.RateLimitPort.Refusal;
import dev.parley.domain.shared.DomainException;
import dev.parley.domain.shared.LimitedUse;
import dev.parley.domain.shared.RateLimit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * Counts uses per key in PostgreSQL ({@code rate_counter}), for a cluster: every node counts in the same rows, so that
 * two nodes admit what a limit allows and not twice as much.
 *
 * <p>The count is a sliding window estimated from two fixed ones: what was taken in the current window, plus what was
 * taken in the previous one weighed by the part of it the sliding window still covers. Each check is one statement:
 * it adds the amount to the current window's row only while that estimate stays within the capacity, and otherwise
 * changes nothing. Checks of one key on any node take turns on that row's lock and see each other's counts, so all or
 * nothing holds under concurrency. The limits one check names in turn (a visitor's, then their address's) are one
 * statement together ({@link #takeInTurn}), each taking only when the one before it took: one round trip and one
 * connection for the check, where each limit on its own cost one of each. Their rows are locked in the order the
 * check names them until the statement ends. Every kind of check names its limits in one order, and the limits of
 * different kinds of checks have different names, so no two statements wait for each other's rows in a cycle: a new
 * check that names limits of another kind in the opposite order would break that.
 *
 * <p>Checks run outside the caller's transaction (suspended), on a short autocommit connection of their own: a use
 * counted stays counted when the caller's transaction rolls back, as in memory. Rows older than the window after
 * their own are deleted by {@link #deleteExpired()}, which a background worker calls.
 */
@ApplicationScoped
@Typed(PostgreSqlRateLimitAdapter.class)
@Transactional(value = Transactional.TxType.NOT_SUPPORTED, dontRollbackOn = DomainException.class)
public class PostgreSqlRateLimitAdapter implements RateLimitPort {

    /**
     * Takes the amount when the estimate allows it. The insert of a window's first row is checked against the previous
     * window alone (the current one is empty); an update, including one that lost the race to insert, is checked on
     * the row's latest count, under its lock. It answers what was taken (null when refused) and the counts it read,
     * from which a refusal's wait is worked out. Several uses taken in turn are one such chain each ({@code {n}} the
     * chain's number), in one statement; a chain after the first takes only when the one before it took ({@code {after}}).
     */
    private static final String TAKE_CHAIN = """
            asked{n} AS (
                SELECT CAST(? AS VARCHAR) AS limit_name, CAST(? AS VARCHAR) AS limit_key,
                       CAST(? AS TIMESTAMPTZ) AS window_start, CAST(? AS TIMESTAMPTZ) AS previous_start,
                       CAST(? AS TIMESTAMPTZ) AS expires_at, CAST(? AS BIGINT) AS amount,
                       CAST(? AS BIGINT) AS capacity, CAST(? AS DOUBLE PRECISION) AS weight
            ), counted{n} AS (
                SELECT COALESCE((SELECT r.count FROM rate_counter r JOIN asked{n} a ON r.limit_name = a.limit_name
                                     AND r.limit_key = a.limit_key AND r.window_start = a.previous_start), 0)
                           AS previous_window,
                       COALESCE((SELECT r.count FROM rate_counter r JOIN asked{n} a ON r.limit_name = a.limit_name
                                     AND r.limit_key = a.limit_key AND r.window_start = a.window_start), 0)
                           AS this_window
            ), allowance{n} AS (
                SELECT a.capacity - c.previous_window * a.weight AS room FROM asked{n} a, counted{n} c
            ), taken{n} AS (
                INSERT INTO rate_counter AS r (limit_name, limit_key, window_start, count, expires_at)
                SELECT a.limit_name, a.limit_key, a.window_start, a.amount, a.expires_at FROM asked{n} a, allowance{n}
                WHERE a.amount <= allowance{n}.room{after}
                ON CONFLICT (limit_name, limit_key, window_start)
                DO UPDATE SET count = r.count + EXCLUDED.count
                WHERE r.count + EXCLUDED.count <= (SELECT room FROM allowance{n}){after}
                RETURNING r.count
            )""";

    /** What a chain answers: its number, what it took (null when refused) and the counts it read. */
    private static final String CHAIN_ANSWER =
            "SELECT {n} AS chain, (SELECT count FROM taken{n}) AS taken, previous_window, this_window"
                    + " FROM counted{n}";

    /** The parameters of a chain. */
    private static final int CHAIN_PARAMETERS = 8;

    /** The statements by their number of chains, written once. */
    private static final Map<Integer, String> STATEMENTS = new ConcurrentHashMap<>();

    private static final String DELETE_EXPIRED = "DELETE FROM rate_counter WHERE expires_at <= ?";

    private DataSource dataSource;
    private Clock clock;

    @Inject
    public PostgreSqlRateLimitAdapter(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /** For CDI proxies only. */
    protected PostgreSqlRateLimitAdapter() {}

    @Override
    public Optional<Duration> take(RateLimit limit, String key, long amount) {
        return takeInTurn(List.of(new LimitedUse(limit, key, amount))).map(Refusal::retryAfter);
    }

    /**
     * Takes the uses in turn in one statement, on one connection: the second chain takes only when the first took,
     * and so on. Uses that count in the same place as an earlier one are taken one by one instead (one statement does
     * not see its own changes).
     */
    @Override
    public Optional<Refusal> takeInTurn(List<LimitedUse> uses) {
        for (int i = 0; i < uses.size(); i++) {
            for (int j = 0; j < i; j++) {
                if (uses.get(i).sameCounter(uses.get(j))) {
                    return RateLimitPort.super.takeInTurn(uses);
                }
            }
        }
        List<LimitedUse> counted = new ArrayList<>();
        for (LimitedUse use : uses) {
            if (use.amount() > use.limit().capacity()) {
                // Never admitted: the uses before it are taken, as they would be one by one.
                return takeCounted(counted)
                        .or(() -> Optional.of(new Refusal(use, use.limit().window())));
            }
            if (use.amount() > 0) {
                counted.add(use);
            }
        }
        return takeCounted(counted);
    }

    private Optional<Refusal> takeCounted(List<LimitedUse> uses) {
        if (uses.isEmpty()) {
            return Optional.empty();
        }
        long now = clock.instant().toEpochMilli();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement take = connection.prepareStatement(
                        STATEMENTS.computeIfAbsent(uses.size(), PostgreSqlRateLimitAdapter::statement))) {
            for (int i = 0; i < uses.size(); i++) {
                LimitedUse use = uses.get(i);
                long window = window(use.limit());
                long start = Math.floorDiv(now, window) * window;
                int first = i * CHAIN_PARAMETERS;
                take.setString(first + 1, use.limit().name());
                take.setString(first + 2, StoredKeys.of(use.key()));
                take.setObject(first + 3, at(start));
                take.setObject(first + 4, at(start - window));
                take.setObject(first + 5, at(start + 2 * window));
                take.setLong(first + 6, use.amount());
                take.setLong(first + 7, use.limit().capacity());
                take.setDouble(first + 8, (double) (window - (now - start)) / window);
            }
            try (ResultSet chains = take.executeQuery()) {
                while (chains.next()) {
                    if (chains.getObject("taken") == null) {
                        LimitedUse refused = uses.get(chains.getInt("chain") - 1);
                        long window = window(refused.limit());
                        return Optional.of(new Refusal(
                                refused,
                                wait(
                                        refused.limit().capacity(),
                                        refused.amount(),
                                        chains.getLong("previous_window"),
                                        chains.getLong("this_window"),
                                        window,
                                        now - Math.floorDiv(now, window) * window)));
                    }
                }
                return Optional.empty();
            }
        } catch (SQLException failed) {
            throw new IllegalStateException(
                    "The limits "
                            + uses.stream().map(use -> use.limit().name()).collect(Collectors.joining(", "))
                            + " could not be counted in the database",
                    failed);
        }
    }

    /** The statement that takes {@code chains} uses in turn, answering a row per chain, in their order. */
    static String statement(int chains) {
        StringBuilder sql = new StringBuilder("WITH ");
        for (int chain = 1; chain <= chains; chain++) {
            String afterTheOneBefore = chain == 1 ? "" : " AND EXISTS (SELECT 1 FROM taken" + (chain - 1) + ")";
            sql.append(chain == 1 ? "" : ", ")
                    .append(TAKE_CHAIN.replace("{n}", String.valueOf(chain)).replace("{after}", afterTheOneBefore));
        }
        sql.append('\n');
        for (int chain = 1; chain <= chains; chain++) {
            sql.append(chain == 1 ? "" : "\nUNION ALL\n").append(CHAIN_ANSWER.replace("{n}", String.valueOf(chain)));
        }
        return sql.append("\nORDER BY chain").toString();
    }

    private static long window(RateLimit limit) {
        return Math.max(1, limit.window().toMillis());
    }

    /**
     * Deletes the counters that no check reads any more (those of windows before the previous one).
     *
     * @return how many were deleted
     */
    public int deleteExpired() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement delete = connection.prepareStatement(DELETE_EXPIRED)) {
            delete.setObject(1, at(clock.instant().toEpochMilli()));
            return delete.executeUpdate();
        } catch (SQLException failed) {
            throw new IllegalStateException("Expired rate limit counters could not be deleted", failed);
        }
    }

    /**
     * How long until {@code amount} would be taken, the counts staying as they are: within this window once the
     * previous window weighs little enough, or, when this window alone leaves no room, once it has become the previous
     * one and weighs little enough. At least a millisecond: the take was refused.
     */
    static Duration wait(long capacity, long amount, long previous, long current, long window, long elapsed) {
        double room = capacity - current - amount;
        double millis;
        if (room >= 0) {
            millis = previous == 0 ? 0 : window - elapsed - room * window / previous;
        } else {
            millis = window - elapsed + window * (1 - (double) (capacity - amount) / current);
        }
        return Duration.ofMillis(Math.max(1, (long) Math.ceil(millis)));
    }

    private static OffsetDateTime at(long epochMillis) {
        return Instant.ofEpochMilli(epochMillis).atOffset(ZoneOffset.UTC);
    }
}
