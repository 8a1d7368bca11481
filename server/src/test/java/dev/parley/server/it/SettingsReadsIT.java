package dev.parley.server.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A visitor's messages read no settings from the database once the settings are in memory: counted with H2's query
 * statistics over every statement the server runs while a visitor writes (H2 only; the statistics are H2's).
 */
class SettingsReadsIT {

    /** The tables the settings live in. */
    private static final Pattern SETTINGS_TABLES = Pattern.compile(
            "\\b(store_settings|faq|business_hours_range"
                    + "|business_hours_closure|allowed_origin|email_notification_recipient)\\b",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern MESSAGE_INSERT =
            Pattern.compile("^\\s*INSERT INTO message\\b", Pattern.CASE_INSENSITIVE);
    private static final int MESSAGES = 5;

    @Test
    void in_the_steady_state_a_visitors_messages_read_no_settings_from_the_database() throws Exception {
        assumeTrue("h2".equals(System.getProperty("parley.it.database")), "H2's query statistics count statements");
        try (FrameSocket visitor = FrameSocket.open("/ws/visitor", Optional.empty());
                Connection database = connect()) {
            visitor.send(Frames.visitorHello());
            visitor.next("ready");
            // The first message reads what is not in memory yet (after a restart or a change).
            String conversation = send(visitor, Frames.send(Frames.newClientMessageId(), "Warming up"));
            restartStatistics(database);

            for (int i = 1; i <= MESSAGES; i++) {
                send(visitor, Frames.send(Frames.newClientMessageId(), "Steady " + i, conversation));
            }
            Map<String, Long> statements = statistics(database);

            long settingsReads = statements.entrySet().stream()
                    .filter(statement ->
                            SETTINGS_TABLES.matcher(statement.getKey()).find())
                    .mapToLong(Map.Entry::getValue)
                    .sum();
            long messageInserts = statements.entrySet().stream()
                    .filter(statement ->
                            MESSAGE_INSERT.matcher(statement.getKey()).find())
                    .mapToLong(Map.Entry::getValue)
                    .sum();
            assertThat(messageInserts)
                    .as("the statistics saw the messages: %s", statements)
                    .isGreaterThanOrEqualTo(MESSAGES);
            assertThat(settingsReads)
                    .as("statements on the settings' tables: %s", statements)
                    .isZero();
        }
    }

    private static String send(FrameSocket visitor, jakarta.json.JsonObject frame) {
        visitor.send(frame);
        return visitor.next("ack").getString("conversationId");
    }

    private static Connection connect() throws SQLException {
        String server = System.getProperty("parley.it.serverName", "parley-it-h2");
        Path database = Path.of("target", "liberty", "wlp", "usr", "servers", server, "data", "parley")
                .toAbsolutePath();
        return DriverManager.getConnection("jdbc:h2:file:" + database + ";AUTO_SERVER=TRUE", "parley", "parley");
    }

    private static void restartStatistics(Connection database) throws SQLException {
        try (Statement statement = database.createStatement()) {
            statement.execute("SET QUERY_STATISTICS FALSE");
            statement.execute("SET QUERY_STATISTICS TRUE");
        }
    }

    private static Map<String, Long> statistics(Connection database) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Statement statement = database.createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT SQL_STATEMENT, EXECUTION_COUNT" + " FROM INFORMATION_SCHEMA.QUERY_STATISTICS")) {
            while (rows.next()) {
                counts.merge(rows.getString(1), rows.getLong(2), Long::sum);
            }
            statement.execute("SET QUERY_STATISTICS FALSE");
        }
        return counts;
    }
}
