package dev.parley.server;

import dev.parley.adapters.cluster.PostgreSqlNudges;
import dev.parley.adapters.cluster.SingleNodeNudges;
import dev.parley.application.cluster.port.out.NodeNudgesPort;
import jakarta.annotation.Priority;
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
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

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
    NodeNudgesPort nudges(ManagedThreadFactory threads, MetricRegistry metrics) {
        if (!cluster) {
            return new SingleNodeNudges(nodeName());
        }
        check();
        String url = databaseUrl.orElseThrow();
        PostgreSqlNudges nudges = new PostgreSqlNudges(
                nodeName(),
                PostgreSqlNudges.connector(url, user, password),
                threads,
                Duration.ofMillis(intervalMillis));
        nudges.start();
        measure(nudges, metrics);
        return nudges;
    }

    /** The node's nudges in {@code /metrics}, with the node's name as a tag. */
    private static void measure(PostgreSqlNudges nudges, MetricRegistry metrics) {
        Tag node = new Tag("node", nudges.node());
        metrics.gauge(
                Metadata.builder()
                        .withName("parley.cluster.nudges.sent")
                        .withDescription("Nudges this node sent to the others since it started")
                        .build(),
                nudges,
                PostgreSqlNudges::nudgesSent,
                node);
        metrics.gauge(
                Metadata.builder()
                        .withName("parley.cluster.notifies.sent")
                        .withDescription("NOTIFY statements this node sent (nudges go out together)")
                        .build(),
                nudges,
                PostgreSqlNudges::notifiesSent,
                node);
        metrics.gauge(
                Metadata.builder()
                        .withName("parley.cluster.nudges.received")
                        .withDescription("Nudges this node heard from the others")
                        .build(),
                nudges,
                PostgreSqlNudges::nudgesReceived,
                node);
        metrics.gauge(
                Metadata.builder()
                        .withName("parley.cluster.nudges.dropped")
                        .withDescription(
                                "Nudges dropped (too many waiting, or not sent twice); the safety check covers them")
                        .build(),
                nudges,
                PostgreSqlNudges::nudgesDropped,
                node);
        metrics.gauge(
                Metadata.builder()
                        .withName("parley.cluster.listener.reconnects")
                        .withDescription("Times this node's listening connection was lost and made again")
                        .build(),
                nudges,
                PostgreSqlNudges::listenerReconnects,
                node);
        metrics.gauge(
                Metadata.builder()
                        .withName("parley.cluster.notification.queue.usage")
                        .withDescription("pg_notification_queue_usage(): how full PostgreSQL's NOTIFY queue is, 0 to 1")
                        .build(),
                nudges,
                (PostgreSqlNudges measured) -> measured.queueUsage().orElse(-1.0),
                node);
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
