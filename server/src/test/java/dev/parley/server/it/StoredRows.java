package dev.parley.server.it;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;

/**
 * Counts what the server under test stored, straight from its database: the only way to see that a refused request
 * created nothing a client could not see (a visitor who was never handed a token). H2 is opened beside the server
 * ({@code AUTO_SERVER}); PostgreSQL is the IT database of {@code it-postgresql.env}.
 */
final class StoredRows {

    private static final Set<String> TABLES =
            Set.of("visitor", "conversation", "ticket", "message", "sms_inbound", "sms_outgoing");

    private StoredRows() {}

    /** How many rows {@code table} (visitor, conversation, ticket, message, sms_inbound or sms_outgoing) holds now. */
    static long count(String table) {
        if (!TABLES.contains(table)) {
            throw new IllegalArgumentException("Not a table these tests count: " + table);
        }
        try (Connection database = connect();
                Statement statement = database.createStatement();
                ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException failed) {
            throw new IllegalStateException("Could not count the rows of " + table, failed);
        }
    }

    private static Connection connect() throws SQLException {
        if ("postgresql".equals(System.getProperty("parley.it.database"))) {
            return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/parley_it", "postgres", "postgres");
        }
        String server = System.getProperty("parley.it.serverName", "parley-it-h2");
        Path database = Path.of("target", "liberty", "wlp", "usr", "servers", server, "data", "parley")
                .toAbsolutePath();
        return DriverManager.getConnection("jdbc:h2:file:" + database + ";AUTO_SERVER=TRUE", "parley", "parley");
    }
}
