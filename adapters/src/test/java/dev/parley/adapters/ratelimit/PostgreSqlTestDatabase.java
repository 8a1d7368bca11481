package dev.parley.adapters.ratelimit;

import static org.junit.jupiter.api.Assumptions.abort;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A database of its own on the local PostgreSQL (127.0.0.1:5432, user postgres), made afresh with the cluster limits'
 * tables from the PostgreSQL migration itself, and dropped by {@link #close()}. Its name is random, so that builds
 * running at once on one machine leave each other's alone. Where no PostgreSQL answers, the test is skipped.
 */
final class PostgreSqlTestDatabase implements AutoCloseable {

    private static final String SCRIPT = "/db/vendor/postgresql/V39__cluster_limits.sql";

    private final String name;
    private final PGSimpleDataSource dataSource;

    private PostgreSqlTestDatabase(String name) {
        this.name = name;
        this.dataSource = dataSource(name);
    }

    /** A new database with the limits' tables; skips the test when PostgreSQL cannot be reached. */
    static PostgreSqlTestDatabase create() throws SQLException, IOException {
        PGSimpleDataSource server = dataSource("postgres");
        try (Connection probe = server.getConnection()) {
            assumeTrue(probe.isValid(2), "PostgreSQL answers at 127.0.0.1:5432");
        } catch (SQLException unreachable) {
            abort("PostgreSQL is not reachable at 127.0.0.1:5432: " + unreachable.getMessage());
        }
        String name = "parley_limits_test_"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
        try (Connection connection = server.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        }
        PostgreSqlTestDatabase database = new PostgreSqlTestDatabase(name);
        try (InputStream script = PostgreSqlTestDatabase.class.getResourceAsStream(SCRIPT);
                Connection connection = database.dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(new String(script.readAllBytes(), StandardCharsets.UTF_8));
        }
        return database;
    }

    DataSource dataSource() {
        return dataSource;
    }

    /** The database, counting the connections taken from it. */
    DataSource countingConnections(AtomicInteger connections) {
        return (DataSource) Proxy.newProxyInstance(
                PostgreSqlTestDatabase.class.getClassLoader(),
                new Class<?>[] {DataSource.class},
                (proxy, method, arguments) -> {
                    if (method.getName().equals("getConnection") && method.getParameterCount() == 0) {
                        connections.incrementAndGet();
                        return dataSource.getConnection();
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    /** Runs the work on as many threads, started together, and waits for all of them (a minute at most). */
    static void concurrently(int threads, IntConsumer work) throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                running.add(pool.submit(() -> {
                    go.await();
                    work.accept(thread);
                    return null;
                }));
            }
            go.countDown();
            for (Future<?> each : running) {
                each.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** The one number a query of the test's own answers, such as a count of rows. */
    long queryLong(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** Runs a statement of the test's own, such as emptying a table between tests. */
    void execute(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    @Override
    public void close() throws SQLException {
        try (Connection connection = dataSource("postgres").getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
    }

    private static PGSimpleDataSource dataSource(String database) {
        PGSimpleDataSource source = new PGSimpleDataSource();
        source.setServerNames(new String[] {"127.0.0.1"});
        source.setPortNumbers(new int[] {5432});
        source.setDatabaseName(database);
        source.setUser("postgres");
        source.setPassword("postgres");
        source.setConnectTimeout(2);
        return source;
    }
}
