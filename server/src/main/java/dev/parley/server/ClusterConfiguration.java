package dev.parley.server;

import dev.parley.adapters.cluster.PostgreSqlNudges;
import dev.parley.adapters.cluster.SingleNodeNudges;
import dev.parley.application.cluster.port.out.NodeNudgesPort;
import jakarta.annotation.Priority;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Whether this node shares its database with others ({@code PARLEY_CLUSTER=true}), and the nudges between them.
 * A cluster needs PostgreSQL: with the embedded database, or none named, Parley refuses to start and says why. The
 * nudges travel on connections of their own, made from {@code PARLEY_DB_URL}, {@code PARLEY_DB_USER} and
 * {@code PARLEY_DB_PASSWORD} like the pool's, but never through it.
 */
@ApplicationScoped
public class ClusterConfiguration {

    private static final Logger LOG = Logger.getLogger(ClusterConfiguration.class.getName());

    private boolean cluster;
    private Optional<String> databaseUrl;
    private String user;
    private String password;
    private Optional<String> node;
    private long intervalMillis;

    @Inject
    public ClusterConfiguration(
            @ConfigProperty(name = "parley.cluster", defaultValue = "false") boolean cluster,
            @ConfigProperty(name = "parley.db.url") Optional<String> databaseUrl,
            @ConfigProperty(name = "parley.db.user", defaultValue = "parley") String user,
            @ConfigProperty(name = "parley.db.password", defaultValue = "parley") String password,
            @ConfigProperty(name = "parley.cluster.node") Optional<String> node,
            @ConfigProperty(name = "parley.cluster.nudge-interval-millis", defaultValue = "10") long intervalMillis) {
        this.cluster = cluster;
        this.databaseUrl = databaseUrl.filter(url -> !url.isBlank());
        this.user = user;
        this.password = password;
        this.node = node.filter(name -> !name.isBlank());
        this.intervalMillis = intervalMillis;
    }

    /** For CDI proxies only. */
    protected ClusterConfiguration() {}

    /** Refuses to start a cluster node on the embedded database, before anything else starts. */
    void onStart(
            @Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) @Initialized(ApplicationScoped.class)
                    Object context) {
        check();
        LOG.info(() -> "event=cluster_mode clustered=" + cluster);
    }

    /**
     * Throws when this node is to join a cluster but its database cannot be shared.
     *
     * @throws IllegalStateException with the reason, for the log of the failed start
     */
    void check() {
        if (!cluster) {
            return;
        }
        String url = databaseUrl.orElse("");
        if (!url.toLowerCase(Locale.ROOT).startsWith("jdbc:postgresql:")) {
            throw new IllegalStateException("PARLEY_CLUSTER=true needs PostgreSQL shared by every node, but "
                    + (url.isEmpty()
                            ? "PARLEY_DB_URL is not set, which means the embedded H2 database of this node alone"
                            : "PARLEY_DB_URL names " + url.substring(0, Math.min(url.indexOf(':', 5) + 1, url.length()))
                                    + "… (only jdbc:postgresql: can be shared)")
                    + ". Set PARLEY_DB_URL to a PostgreSQL database, or leave PARLEY_CLUSTER unset to run one node.");
        }
        if (intervalMillis < 1 || intervalMillis > 1000) {
            throw new IllegalStateException(
                    "PARLEY_CLUSTER_NUDGE_INTERVAL_MILLIS must be between 1 and 1000, not " + intervalMillis);
        }
    }

    @Produces
    @ApplicationScoped
    NodeNudgesPort nudges(ManagedScheduledExecutorService timer, ManagedThreadFactory threads) {
        if (!cluster) {
            return new SingleNodeNudges();
        }
        check();
        String url = databaseUrl.orElseThrow();
        PostgreSqlNudges nudges = new PostgreSqlNudges(
                nodeName(),
                PostgreSqlNudges.connector(url, user, password),
                timer,
                threads,
                Duration.ofMillis(intervalMillis));
        nudges.start();
        return nudges;
    }

    void close(@Disposes NodeNudgesPort nudges) {
        if (nudges instanceof PostgreSqlNudges postgres) {
            postgres.close();
        }
    }

    /** The node's name: {@code PARLEY_CLUSTER_NODE}, or the host's name with a random suffix (unique per start). */
    String nodeName() {
        return node.orElseGet(() -> {
            String host;
            try {
                host = InetAddress.getLocalHost().getHostName();
            } catch (UnknownHostException unnamed) {
                LOG.log(Level.FINE, "event=cluster_host_unnamed", unnamed);
                host = "node";
            }
            byte[] suffix = new byte[3];
            new SecureRandom().nextBytes(suffix);
            String cleaned = host.replaceAll("[^A-Za-z0-9.-]", "");
            return (cleaned.isEmpty() ? "node" : cleaned.substring(0, Math.min(cleaned.length(), 40))) + "-"
                    + HexFormat.of().formatHex(suffix);
        });
    }
}
