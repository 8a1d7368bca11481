package dev.parley.adapters.ratelimit;

import dev.parley.application.limits.port.out.RateLimitPort;
import dev.parley.domain.shared.DomainException;
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
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Counts uses per key in PostgreSQL ({@code rate_counter}), for a cluster: every node counts in the same rows, so that
 * two nodes admit what a limit allows and not twice as much.
 *
 * <p>The count is a sliding window estimated from two fixed ones: what was taken in the current window, plus what was
 * taken in the previous one weighed by the part of it the sliding window still covers. Each check is one statement:
 * it adds the amount to the current window's row only while that estimate stays within the capacity, and otherwise
 * changes nothing. Checks of one key on any node take turns on that row's lock and see each other's counts, so all or
 * nothing holds under concurrency.
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
     * from which a refusal's wait is worked out.
     */
    private static final String TAKE = """
            WITH asked AS (
                SELECT CAST(? AS VARCHAR) AS limit_name, CAST(? AS VARCHAR) AS limit_key,
                       CAST(? AS TIMESTAMPTZ) AS window_start, CAST(? AS TIMESTAMPTZ) AS previous_start,
                       CAST(? AS TIMESTAMPTZ) AS expires_at, CAST(? AS BIGINT) AS amount,
                       CAST(? AS BIGINT) AS capacity, CAST(? AS DOUBLE PRECISION) AS weight
            ), counted AS (
                SELECT COALESCE((SELECT r.count FROM rate_counter r JOIN asked a ON r.limit_name = a.limit_name
                                     AND r.limit_key = a.limit_key AND r.window_start = a.previous_start), 0)
                           AS previous_window,
                       COALESCE((SELECT r.count FROM rate_counter r JOIN asked a ON r.limit_name = a.limit_name
                                     AND r.limit_key = a.limit_key AND r.window_start = a.window_start), 0)
                           AS this_window
            ), allowance AS (
                SELECT a.capacity - c.previous_window * a.weight AS room FROM asked a, counted c
            ), taken AS (
                INSERT INTO rate_counter AS r (limit_name, limit_key, window_start, count, expires_at)
                SELECT a.limit_name, a.limit_key, a.window_start, a.amount, a.expires_at FROM asked a, allowance
                WHERE a.amount <= allowance.room
                ON CONFLICT (limit_name, limit_key, window_start)
                DO UPDATE SET count = r.count + EXCLUDED.count
                WHERE r.count + EXCLUDED.count <= (SELECT room FROM allowance)
                RETURNING r.count
            )
            SELECT (SELECT count FROM taken) AS taken, previous_window, this_window FROM counted
            """;

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
        if (amount > limit.capacity()) {
            return Optional.of(limit.window());
        }
        if (amount <= 0) {
            return Optional.empty();
        }
        long window = Math.max(1, limit.window().toMillis());
        long now = clock.instant().toEpochMilli();
        long start = Math.floorDiv(now, window) * window;
        long elapsed = now - start;
        try (Connection connection = dataSource.getConnection();
                PreparedStatement take = connection.prepareStatement(TAKE)) {
            take.setString(1, limit.name());
            take.setString(2, StoredKeys.of(key));
            take.setObject(3, at(start));
            take.setObject(4, at(start - window));
            take.setObject(5, at(start + 2 * window));
            take.setLong(6, amount);
            take.setLong(7, limit.capacity());
            take.setDouble(8, (double) (window - elapsed) / window);
            try (ResultSet counts = take.executeQuery()) {
                counts.next();
                if (counts.getObject("taken") != null) {
                    return Optional.empty();
                }
                return Optional.of(wait(
                        limit.capacity(),
                        amount,
                        counts.getLong("previous_window"),
                        counts.getLong("this_window"),
                        window,
                        elapsed));
            }
        } catch (SQLException failed) {
            throw new IllegalStateException(
                    "The limit " + limit.name() + " could not be counted in the database", failed);
        }
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
