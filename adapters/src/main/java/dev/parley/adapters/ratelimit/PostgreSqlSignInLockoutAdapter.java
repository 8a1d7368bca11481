package dev.parley.adapters.ratelimit;

import dev.parley.application.team.port.out.SignInLockoutPort;
import dev.parley.domain.shared.DomainException;
import dev.parley.domain.team.SignInLockout;
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
 * Keeps sign-in lock-outs in PostgreSQL ({@code sign_in_lockout}), for a cluster: a key locked out on one node is
 * locked out on every node. A lock-out is read only until the time it is to be forgotten; {@link #deleteForgotten()},
 * which a background worker calls, deletes it after that. The table holds what attempts made in the last
 * {@code PARLEY_SIGN_IN_MAX_LOCKOUT_MINUTES} or so; nothing else bounds it.
 *
 * <p>Each call is one statement outside the caller's transaction (suspended), on a short autocommit connection of its
 * own: a lock-out kept for a refused attempt stays kept when the caller's transaction rolls back.
 */
@ApplicationScoped
@Typed(PostgreSqlSignInLockoutAdapter.class)
@Transactional(value = Transactional.TxType.NOT_SUPPORTED, dontRollbackOn = DomainException.class)
public class PostgreSqlSignInLockoutAdapter implements SignInLockoutPort {

    private static final String FIND =
            "SELECT until, length_ms FROM sign_in_lockout WHERE lockout_key = ? AND forget_at > ?";
    private static final String KEEP = "INSERT INTO sign_in_lockout (lockout_key, until, length_ms, forget_at)"
            + " VALUES (?, ?, ?, ?) ON CONFLICT (lockout_key) DO UPDATE"
            + " SET until = EXCLUDED.until, length_ms = EXCLUDED.length_ms, forget_at = EXCLUDED.forget_at";
    private static final String FORGET = "DELETE FROM sign_in_lockout WHERE lockout_key = ?";
    private static final String DELETE_FORGOTTEN = "DELETE FROM sign_in_lockout WHERE forget_at <= ?";

    private DataSource dataSource;
    private Clock clock;

    @Inject
    public PostgreSqlSignInLockoutAdapter(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /** For CDI proxies only. */
    protected PostgreSqlSignInLockoutAdapter() {}

    @Override
    public Optional<SignInLockout> find(String key) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement find = connection.prepareStatement(FIND)) {
            find.setString(1, StoredKeys.of(key));
            find.setObject(2, at(clock.instant()));
            try (ResultSet row = find.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                return Optional.of(new SignInLockout(
                        row.getObject("until", OffsetDateTime.class).toInstant(),
                        Duration.ofMillis(row.getLong("length_ms"))));
            }
        } catch (SQLException failed) {
            throw new IllegalStateException("A sign-in lock-out could not be read from the database", failed);
        }
    }

    @Override
    public void keep(String key, SignInLockout lockout, Instant forgetAt) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement keep = connection.prepareStatement(KEEP)) {
            keep.setString(1, StoredKeys.of(key));
            keep.setObject(2, at(lockout.until()));
            // A lock-out lasts at least a second (SignInLockout.start); never store one that reads back as none.
            keep.setLong(3, Math.max(1, lockout.length().toMillis()));
            keep.setObject(4, at(forgetAt));
            keep.executeUpdate();
        } catch (SQLException failed) {
            throw new IllegalStateException("A sign-in lock-out could not be kept in the database", failed);
        }
    }

    @Override
    public void forget(String key) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement forget = connection.prepareStatement(FORGET)) {
            forget.setString(1, StoredKeys.of(key));
            forget.executeUpdate();
        } catch (SQLException failed) {
            throw new IllegalStateException("A sign-in lock-out could not be forgotten in the database", failed);
        }
    }

    /**
     * Deletes the lock-outs whose time to be forgotten has come.
     *
     * @return how many were deleted
     */
    public int deleteForgotten() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement delete = connection.prepareStatement(DELETE_FORGOTTEN)) {
            delete.setObject(1, at(clock.instant()));
            return delete.executeUpdate();
        } catch (SQLException failed) {
            throw new IllegalStateException("Forgotten sign-in lock-outs could not be deleted", failed);
        }
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
