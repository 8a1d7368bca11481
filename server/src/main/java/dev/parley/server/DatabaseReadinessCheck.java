package dev.parley.server;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Parley is ready only when its database answers and its schema is migrated. */
@Readiness
@ApplicationScoped
public class DatabaseReadinessCheck implements HealthCheck {

    private static final Logger LOG = Logger.getLogger(DatabaseReadinessCheck.class.getName());

    private DataSource dataSource;
    private DatabaseMigration migration;

    @Inject
    public DatabaseReadinessCheck(DataSource dataSource, DatabaseMigration migration) {
        this.dataSource = dataSource;
        this.migration = migration;
    }

    /** For CDI proxies only. */
    protected DatabaseReadinessCheck() {}

    @Override
    public HealthCheckResponse call() {
        boolean reachable = reachable();
        boolean migrated = migration.isMigrated();
        return HealthCheckResponse.named("database")
                .withData("reachable", reachable)
                .withData("migrated", migrated)
                .status(reachable && migrated)
                .build();
    }

    private boolean reachable() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(2);
        } catch (SQLException unreachable) {
            LOG.log(Level.WARNING, "event=database_unreachable", unreachable);
            return false;
        }
    }
}
