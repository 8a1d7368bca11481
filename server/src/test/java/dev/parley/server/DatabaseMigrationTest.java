package dev.parley.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/** The migrations on an embedded H2: the history epoch is made once, and client ids are unique per sender. */
class DatabaseMigrationTest {

    private final JdbcDataSource database = new JdbcDataSource();

    DatabaseMigrationTest() {
        database.setURL("jdbc:h2:mem:migration-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    }

    private String epoch() throws SQLException {
        try (Connection connection = database.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT epoch FROM history_epoch")) {
            assertThat(rows.next()).isTrue();
            String epoch = rows.getString(1);
            assertThat(rows.next()).as("one row").isFalse();
            return epoch;
        }
    }

    private void execute(String... sql) throws SQLException {
        try (Connection connection = database.getConnection();
                Statement statement = connection.createStatement()) {
            for (String each : sql) {
                statement.execute(each);
            }
        }
    }

    private long count(String sql) throws SQLException {
        try (Connection connection = database.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    @Test
    void a_new_database_gets_a_random_epoch_that_later_starts_keep() throws SQLException {
        new DatabaseMigration(database).migrate();
        String made = epoch();

        new DatabaseMigration(database).migrate();

        assertThat(made).matches("[A-Za-z0-9_-]{22}");
        assertThat(epoch())
                .as("a later start (another random value offered) keeps it")
                .isEqualTo(made);
    }

    @Test
    void another_database_gets_another_epoch() throws SQLException {
        new DatabaseMigration(database).migrate();
        JdbcDataSource other = new JdbcDataSource();
        other.setURL("jdbc:h2:mem:migration-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        new DatabaseMigration(other).migrate();

        try (Connection connection = other.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT epoch FROM history_epoch")) {
            rows.next();
            assertThat(rows.getString(1)).isNotEqualTo(epoch());
        }
    }

    @Test
    void the_documented_rotation_gives_a_valid_new_epoch() throws SQLException {
        new DatabaseMigration(database).migrate();
        String before = epoch();

        execute("UPDATE history_epoch SET epoch = REPLACE(CAST(RANDOM_UUID() AS VARCHAR), '-', '') WHERE id = 1");

        assertThat(epoch()).isNotEqualTo(before).matches("[A-Za-z0-9_-]{1,64}");
    }

    @Test
    void client_message_ids_are_unique_per_sender_not_per_conversation() throws SQLException {
        new DatabaseMigration(database).migrate();
        String ada = UUID.randomUUID().toString();
        execute(
                "INSERT INTO visitor (id, token_hash, created_at) VALUES ('v1', '" + "a".repeat(64)
                        + "', CURRENT_TIMESTAMP)",
                "INSERT INTO agent (id, email, display_name, role, password_hash, created_at) VALUES ('" + ada
                        + "', 'ada@parley.test', 'Ada', 'AGENT', 'x', CURRENT_TIMESTAMP)",
                "INSERT INTO conversation (id, visitor_id, channel, status, last_seq, started_at)"
                        + " VALUES ('c1', 'v1', 'CHAT', 'OPEN', 0, CURRENT_TIMESTAMP)",
                message("m1", 1, "VISITOR", null, "visitor"),
                message("m2", 2, "AGENT", ada, ada));

        assertThatThrownBy(() -> execute(message("m3", 3, "AGENT", ada, ada)))
                .as("the same agent's id twice")
                .isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> execute(message("m4", 4, "VISITOR", null, "visitor")))
                .as("the visitor's id twice")
                .isInstanceOf(SQLException.class);
        assertThat(count("SELECT COUNT(*) FROM message")).isEqualTo(2);
    }

    @Test
    void messages_stored_before_the_change_get_their_sender() throws SQLException {
        Flyway.configure(DatabaseMigrationTest.class.getClassLoader())
                .dataSource(database)
                .locations("classpath:db/migration")
                .placeholders(Map.of("binaryType", "BLOB", "historyEpoch", "unused"))
                .target("16")
                .load()
                .migrate();
        String ada = UUID.randomUUID().toString();
        execute(
                "INSERT INTO visitor (id, token_hash, created_at) VALUES ('v1', '" + "b".repeat(64)
                        + "', CURRENT_TIMESTAMP)",
                "INSERT INTO agent (id, email, display_name, role, password_hash, created_at) VALUES ('" + ada
                        + "', 'ada@parley.test', 'Ada', 'AGENT', 'x', CURRENT_TIMESTAMP)",
                "INSERT INTO conversation (id, visitor_id, channel, status, last_seq, started_at)"
                        + " VALUES ('c1', 'v1', 'CHAT', 'OPEN', 3, CURRENT_TIMESTAMP)",
                "INSERT INTO message (id, conversation_id, seq, client_message_id, author_kind, author_agent_id, body,"
                        + " sent_at) VALUES ('m1', 'c1', 1, NULL, 'SYSTEM', NULL, 'Hi', CURRENT_TIMESTAMP),"
                        + " ('m2', 'c1', 2, 'v-1', 'VISITOR', NULL, 'Hello', CURRENT_TIMESTAMP),"
                        + " ('m3', 'c1', 3, 'a-1', 'AGENT', '" + ada + "', 'Hi there', CURRENT_TIMESTAMP)");

        new DatabaseMigration(database).migrate();

        List<String> senders = new ArrayList<>();
        try (Connection connection = database.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT sender FROM message ORDER BY seq")) {
            while (rows.next()) {
                senders.add(rows.getString(1));
            }
        }
        assertThat(senders).containsExactly("system", "visitor", ada);
        assertThat(epoch()).matches("[A-Za-z0-9_-]{22}");
    }

    private static String message(String id, int seq, String kind, String agent, String sender) {
        return "INSERT INTO message (id, conversation_id, seq, client_message_id, author_kind, author_agent_id,"
                + " sender, body, sent_at) VALUES ('" + id + "', 'c1', " + seq + ", 'same-id', '" + kind + "', "
                + (agent == null ? "NULL" : "'" + agent + "'") + ", '" + sender + "', 'text', CURRENT_TIMESTAMP)";
    }
}
