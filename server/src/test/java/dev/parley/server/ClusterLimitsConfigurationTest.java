package dev.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.adapters.ratelimit.InMemoryRateLimitAdapter;
import dev.parley.adapters.ratelimit.InMemorySignInLockoutAdapter;
import dev.parley.adapters.ratelimit.PostgreSqlRateLimitAdapter;
import dev.parley.adapters.ratelimit.PostgreSqlSignInLockoutAdapter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** A single node counts its limits in memory; a cluster counts them in PostgreSQL. */
class ClusterLimitsConfigurationTest {

    private final Clock clock = Clock.fixed(Instant.parse("2026-12-05T12:00:00Z"), ZoneOffset.UTC);
    private final InMemoryRateLimitAdapter memoryCounters = new InMemoryRateLimitAdapter(clock, 10);
    private final PostgreSqlRateLimitAdapter postgreSqlCounters = new PostgreSqlRateLimitAdapter(null, clock);
    private final InMemorySignInLockoutAdapter memoryLockouts = new InMemorySignInLockoutAdapter(clock, 10);
    private final PostgreSqlSignInLockoutAdapter postgreSqlLockouts = new PostgreSqlSignInLockoutAdapter(null, clock);

    @Test
    void a_single_node_counts_in_its_memory() {
        ClusterLimitsConfiguration single = new ClusterLimitsConfiguration(false);

        assertThat(single.rateLimits(memoryCounters, postgreSqlCounters)).isSameAs(memoryCounters);
        assertThat(single.signInLockouts(memoryLockouts, postgreSqlLockouts)).isSameAs(memoryLockouts);
    }

    @Test
    void a_cluster_counts_in_postgresql() {
        ClusterLimitsConfiguration cluster = new ClusterLimitsConfiguration(true);

        assertThat(cluster.rateLimits(memoryCounters, postgreSqlCounters)).isSameAs(postgreSqlCounters);
        assertThat(cluster.signInLockouts(memoryLockouts, postgreSqlLockouts)).isSameAs(postgreSqlLockouts);
    }
}
