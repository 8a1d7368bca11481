package dev.parley.server;

import dev.parley.adapters.ratelimit.InMemoryRateLimitAdapter;
import dev.parley.adapters.ratelimit.InMemorySignInLockoutAdapter;
import dev.parley.adapters.ratelimit.PostgreSqlRateLimitAdapter;
import dev.parley.adapters.ratelimit.PostgreSqlSignInLockoutAdapter;
import dev.parley.application.limits.port.out.RateLimitPort;
import dev.parley.application.team.port.out.SignInLockoutPort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Chooses where rate limits and sign-in lock-outs are counted: in this node's memory, or, in a cluster ({@code
 * PARLEY_CLUSTER=true}, default false), in PostgreSQL, where every node counts in the same rows and two nodes do not
 * admit twice what a limit allows. The adapters are plain beans of their own class; only the chosen one is ever
 * made, and it keeps its interceptors (the PostgreSQL ones run outside the caller's transaction).
 */
@ApplicationScoped
public class ClusterLimitsConfiguration {

    /** Whether several nodes share one database ({@code PARLEY_CLUSTER}). */
    static final String CLUSTER = "parley.cluster";

    private static final Logger LOG = Logger.getLogger(ClusterLimitsConfiguration.class.getName());

    private boolean cluster;

    @Inject
    public ClusterLimitsConfiguration(@ConfigProperty(name = CLUSTER, defaultValue = "false") boolean cluster) {
        this.cluster = cluster;
    }

    /** For CDI proxies only. */
    protected ClusterLimitsConfiguration() {}

    @Produces
    @ApplicationScoped
    RateLimitPort rateLimits(InMemoryRateLimitAdapter inMemory, PostgreSqlRateLimitAdapter postgreSql) {
        LOG.info(() -> "event=limits_counted_in store=" + (cluster ? "postgresql" : "memory"));
        return cluster ? postgreSql : inMemory;
    }

    @Produces
    @ApplicationScoped
    SignInLockoutPort signInLockouts(InMemorySignInLockoutAdapter inMemory, PostgreSqlSignInLockoutAdapter postgreSql) {
        return cluster ? postgreSql : inMemory;
    }
}
