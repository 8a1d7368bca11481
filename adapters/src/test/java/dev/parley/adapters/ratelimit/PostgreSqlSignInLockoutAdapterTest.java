package dev.parley.adapters.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.domain.team.SignInLockout;
import java.io.IOException;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The cluster's sign-in lock-outs on the local PostgreSQL: several adapters stand for several nodes. */
class PostgreSqlSignInLockoutAdapterTest {

    private static final String ADDRESS = "sign_in_failures_per_address:203.0.113.7";
    private static final String OTHER = "sign_in_failures_per_address:198.51.100.1";

    private static PostgreSqlTestDatabase database;

    private Instant now = Instant.parse("2026-11-25T10:00:00Z");
    private final Clock clock = new Clock() {
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
    };
    private PostgreSqlSignInLockoutAdapter lockouts;

    @AfterAll
    static void dropDatabase() throws SQLException {
        if (database != null) {
            database.close();
        }
    }

    @BeforeEach
    void emptyTheLockouts() throws SQLException, IOException {
        if (database == null) {
            // Made once for the class; every test is skipped where PostgreSQL does not answer.
            database = PostgreSqlTestDatabase.create();
        }
        database.execute("TRUNCATE sign_in_lockout");
        lockouts = node();
    }

    private PostgreSqlSignInLockoutAdapter node() {
        return new PostgreSqlSignInLockoutAdapter(database.dataSource(), clock);
    }

    @Test
    void keeps_a_lock_out_until_it_is_to_be_forgotten() {
        SignInLockout lockout = new SignInLockout(now.plusSeconds(60), Duration.ofSeconds(60));

        lockouts.keep(ADDRESS, lockout, now.plusSeconds(120));

        now = now.plusSeconds(119);
        assertThat(lockouts.find(ADDRESS)).contains(lockout);
        assertThat(lockouts.find(OTHER)).isEmpty();
        now = now.plusSeconds(1);
        assertThat(lockouts.find(ADDRESS)).isEmpty();
    }

    @Test
    void keeping_again_replaces_the_lock_out() {
        lockouts.keep(ADDRESS, new SignInLockout(now.plusSeconds(60), Duration.ofSeconds(60)), now.plusSeconds(120));
        SignInLockout doubled = new SignInLockout(now.plusSeconds(120), Duration.ofMinutes(2));

        lockouts.keep(ADDRESS, doubled, now.plusSeconds(600));

        now = now.plusSeconds(300);
        assertThat(lockouts.find(ADDRESS)).contains(doubled);
    }

    @Test
    void forgets_one_key_when_told() {
        SignInLockout lockout = new SignInLockout(now.plusSeconds(60), Duration.ofSeconds(60));
        lockouts.keep(ADDRESS, lockout, now.plusSeconds(120));
        lockouts.keep(OTHER, lockout, now.plusSeconds(120));

        lockouts.forget(ADDRESS);
        lockouts.forget("sign_in_failures_per_email:nobody@parley.test");

        assertThat(lockouts.find(ADDRESS)).isEmpty();
        assertThat(lockouts.find(OTHER)).contains(lockout);
    }

    @Test
    void a_lock_out_kept_on_one_node_holds_on_another() {
        SignInLockout lockout = new SignInLockout(now.plusSeconds(60), Duration.ofSeconds(60));
        PostgreSqlSignInLockoutAdapter other = node();

        lockouts.keep(ADDRESS, lockout, now.plusSeconds(120));

        assertThat(other.find(ADDRESS)).contains(lockout);
        other.forget(ADDRESS);
        assertThat(lockouts.find(ADDRESS)).isEmpty();
    }

    @Test
    void long_keys_are_kept_by_their_hash() {
        String email = "sign_in_failures_per_email:" + "a".repeat(240) + "@parley.test";
        SignInLockout lockout = new SignInLockout(now.plusSeconds(60), Duration.ofSeconds(60));

        lockouts.keep(email, lockout, now.plusSeconds(120));

        assertThat(lockouts.find(email)).contains(lockout);
        assertThat(lockouts.find(email.replace("a@", "b@"))).isEmpty();
    }

    @Test
    void forgotten_lock_outs_are_deleted() throws SQLException {
        SignInLockout lockout = new SignInLockout(now.plusSeconds(60), Duration.ofSeconds(60));
        lockouts.keep(ADDRESS, lockout, now.plusSeconds(120));
        lockouts.keep(OTHER, lockout, now.plusSeconds(3600));

        now = now.plusSeconds(119);
        assertThat(lockouts.deleteForgotten()).isZero();
        now = now.plusSeconds(1);
        assertThat(lockouts.deleteForgotten()).isEqualTo(1);

        assertThat(database.queryLong("SELECT COUNT(*) FROM sign_in_lockout")).isEqualTo(1);
        assertThat(lockouts.find(OTHER)).contains(lockout);
    }
}
