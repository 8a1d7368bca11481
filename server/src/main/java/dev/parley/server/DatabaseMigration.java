package dev.parley.server;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the database schema up to date with Flyway. The scripts are in the persistence adapter's db/migration (the
 * same on every database) and db/vendor/&lt;database&gt; (the versions whose script differs: one script per database,
 * under the same version number).
 */
@ApplicationScoped
public class DatabaseMigration {

    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();

    private final AtomicBoolean migrated = new AtomicBoolean();
    private DataSource dataSource;

    @Inject
    public DatabaseMigration(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** For CDI proxies only. */
    protected DatabaseMigration() {}

    void migrate() {
        String product = databaseProductName();
        MigrateResult result = Flyway.configure(DatabaseMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations(locationsFor(product))
                .placeholders(Map.of("binaryType", binaryTypeOf(product), "historyEpoch", newHistoryEpoch()))
                .load()
                .migrate();
        migrated.set(true);
        LOG.info(() -> "event=database_migrated database=" + result.database + " schema_version="
                + (result.targetSchemaVersion == null ? "unchanged" : result.targetSchemaVersion)
                + " migrations_applied=" + result.migrationsExecuted);
    }

    private String databaseProductName() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName();
        } catch (SQLException unreachable) {
            throw new IllegalStateException(
                    "The database could not be reached to bring its schema up to date", unreachable);
        }
    }

    private static boolean isPostgreSql(String databaseProductName) {
        return databaseProductName != null
                && databaseProductName.toLowerCase(Locale.ROOT).contains("postgres");
    }

    /** The scripts every database runs, and those of this database: {@code db/vendor/postgresql} or {@code h2}. */
    static String[] locationsFor(String databaseProductName) {
        return new String[] {
            "classpath:db/migration",
            isPostgreSql(databaseProductName) ? "classpath:db/vendor/postgresql" : "classpath:db/vendor/h2"
        };
    }

    /** The column type for bytes: {@code BYTEA} on PostgreSQL, {@code BLOB} elsewhere (H2). */
    static String binaryTypeOf(String databaseProductName) {
        return isPostgreSql(databaseProductName) ? "BYTEA" : "BLOB";
    }

    /**
     * A new history epoch: 128 random bits, base64url. Only the migration that creates the epoch's table uses it, so
     * a database gets its epoch once, when it is set up.
     */
    static String newHistoryEpoch() {
        byte[] bits = new byte[16];
        RANDOM.nextBytes(bits);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bits);
    }

    /** Whether this node has brought the schema up to date since it started. */
    public boolean isMigrated() {
        return migrated.get();
    }
}
