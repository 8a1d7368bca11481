import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What the inbox search costs on the embedded H2, which has no substring index (docs/benchmark.md): a fresh H2 file
 * database (Parley's URL settings) per size, filled like bench/generate-tickets.sql fills PostgreSQL (tickets, their
 * conversations, 3.5 messages each, half as many visitors with profiles), then the queries
 * TicketPersistenceAdapter runs for a search, in the same shape: up to 2,001 matching rows from each source
 * (messages, profiles, store user ids), then the first page of 50 open tickets among those (or, when a source found
 * more, the newest open tickets tested one by one). Prints median, p95 and max in milliseconds per search.
 * Run by bench/h2-search.
 *
 *   java -cp h2.jar bench/H2Search.java [tickets, comma-separated] [rounds]
 */
public final class H2Search {

    private static final int COLLECT = 2_000;
    private static final String[][] SEARCHES = {
        {"common word", "parcel"},
        {"Polish word", "przesyłka"},
        {"rare word", "refund"},
        {"name", "żółtowski"},
        {"email", ".4000@example.com"},
        {"no match", "xylophone"},
    };
    private static final String[] FIRST = {
        "Anna", "Małgorzata", "Łukasz", "Żaneta", "Grzegorz", "Zofia", "Paweł", "Michał", "Emily", "James", "Olivia",
        "William", "Sophie", "Thomas", "Jessica", "Daniel"
    };
    private static final String[] LAST = {
        "Kowalska", "Wiśniewski", "Wójcik", "Dąbrowska", "Żółtowski", "Lewandowska", "Szczęsny", "Kamińska", "Smith",
        "Johnson", "Brown", "Taylor", "Wilson", "Evans", "Walker", "Wright", "Nowak", "Zieliński", "Mazur"
    };

    public static void main(String[] args) throws Exception {
        int[] sizes = Arrays.stream((args.length > 0 ? args[0] : "5000,20000,50000").split(","))
                .mapToInt(Integer::parseInt)
                .toArray();
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        System.out.printf("%-8s %-12s %10s %10s %10s %8s%n", "tickets", "search", "median ms", "p95 ms", "max ms", "found");
        for (int tickets : sizes) {
            Path directory = Files.createTempDirectory("h2-search");
            String url = "jdbc:h2:file:" + directory.resolve("db") + ";WRITE_DELAY=0";
            try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
                fill(connection, tickets);
                for (String[] search : SEARCHES) {
                    List<Double> millis = new ArrayList<>();
                    int found = 0;
                    for (int round = 0; round < rounds + 5; round++) {
                        long start = System.nanoTime();
                        found = search(connection, search[1]);
                        if (round >= 5) {
                            millis.add((System.nanoTime() - start) / 1e6);
                        }
                    }
                    double[] sorted = millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
                    System.out.printf(
                            Locale.ROOT,
                            "%-8d %-12s %10.2f %10.2f %10.2f %8d%n",
                            tickets,
                            search[0],
                            percentile(sorted, 50),
                            percentile(sorted, 95),
                            sorted[sorted.length - 1],
                            found);
                }
            } finally {
                try (var files = Files.walk(directory)) {
                    files.sorted((a, b) -> b.compareTo(a)).forEach(path -> path.toFile().delete());
                }
            }
        }
    }

    private static double percentile(double[] sorted, int percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    /** The adapter's search for the first page of open tickets; the number of tickets on it. */
    private static int search(Connection connection, String text) throws SQLException {
        String pattern = "%" + text.toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_")
                + "%";
        List<String> conversations = strings(connection, "SELECT conversation_id FROM message"
                + " WHERE LOWER(body) LIKE ? ESCAPE '!' LIMIT " + (COLLECT + 1), pattern, 1);
        List<String> profiles = strings(connection, "SELECT visitor_id FROM profile WHERE LOWER(name) LIKE ? ESCAPE '!'"
                + " OR LOWER(email) LIKE ? ESCAPE '!' OR LOWER(phone) LIKE ? ESCAPE '!' LIMIT " + (COLLECT + 1),
                pattern, 3);
        List<String> storeUsers = strings(connection, "SELECT id FROM visitor WHERE LOWER(external_id) LIKE ? ESCAPE '!'"
                + " LIMIT " + (COLLECT + 1), pattern, 1);
        boolean messagesListed = conversations.size() <= COLLECT;
        boolean visitorsListed = profiles.size() <= COLLECT && storeUsers.size() <= COLLECT;
        Set<String> visitors = new LinkedHashSet<>(profiles);
        visitors.addAll(storeUsers);
        Set<String> matched = new LinkedHashSet<>(conversations);
        if (messagesListed && visitorsListed && matched.isEmpty() && visitors.isEmpty()) {
            return 0;
        }
        List<String> any = new ArrayList<>();
        List<String> parameters = new ArrayList<>();
        if (!messagesListed) {
            any.add("EXISTS (SELECT 1 FROM message m WHERE m.conversation_id = t.conversation_id"
                    + " AND LOWER(m.body) LIKE ? ESCAPE '!')");
            parameters.add(pattern);
        } else if (!matched.isEmpty()) {
            any.add("t.conversation_id IN (" + marks(matched.size()) + ")");
            parameters.addAll(matched);
        }
        if (!visitorsListed) {
            any.add("EXISTS (SELECT 1 FROM profile p WHERE p.visitor_id = t.visitor_id AND (LOWER(p.name) LIKE ?"
                    + " ESCAPE '!' OR LOWER(p.email) LIKE ? ESCAPE '!' OR LOWER(p.phone) LIKE ? ESCAPE '!'))");
            any.add("EXISTS (SELECT 1 FROM visitor v WHERE v.id = t.visitor_id AND LOWER(v.external_id) LIKE ?"
                    + " ESCAPE '!')");
            parameters.addAll(List.of(pattern, pattern, pattern, pattern));
        } else if (!visitors.isEmpty()) {
            any.add("t.visitor_id IN (" + marks(visitors.size()) + ")");
            parameters.addAll(visitors);
        }
        String sql = "SELECT t.id FROM ticket t, conversation c WHERE c.id = t.conversation_id AND t.status = 'OPEN'"
                + " AND (" + String.join(" OR ", any) + ") ORDER BY t.last_activity_at DESC, t.id DESC LIMIT 50";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int n = 0; n < parameters.size(); n++) {
                statement.setString(n + 1, parameters.get(n));
            }
            int rows = 0;
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    rows++;
                }
            }
            return rows;
        }
    }

    private static String marks(int count) {
        return String.join(", ", java.util.Collections.nCopies(count, "?"));
    }

    private static List<String> strings(Connection connection, String sql, String pattern, int times)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int n = 1; n <= times; n++) {
                statement.setString(n, pattern);
            }
            List<String> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    rows.add(result.getString(1));
                }
            }
            return rows;
        }
    }

    /** Parley's tables, as far as the search reads them, with their indexes, and data like the PostgreSQL bench's. */
    private static void fill(Connection connection, int tickets) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE visitor (id VARCHAR(36) PRIMARY KEY, external_id VARCHAR(200) UNIQUE)");
            statement.execute("CREATE TABLE profile (id VARCHAR(36) PRIMARY KEY, visitor_id VARCHAR(36) NOT NULL UNIQUE,"
                    + " name VARCHAR(200), email VARCHAR(254), phone VARCHAR(40))");
            statement.execute("CREATE TABLE conversation (id VARCHAR(36) PRIMARY KEY, visitor_id VARCHAR(36) NOT NULL)");
            statement.execute("CREATE TABLE ticket (id VARCHAR(36) PRIMARY KEY, conversation_id VARCHAR(36) NOT NULL"
                    + " UNIQUE, visitor_id VARCHAR(36) NOT NULL, status VARCHAR(10) NOT NULL,"
                    + " last_activity_at TIMESTAMP NOT NULL)");
            statement.execute("CREATE INDEX ticket_activity_idx ON ticket (last_activity_at, id)");
            statement.execute("CREATE INDEX ticket_visitor_idx ON ticket (visitor_id, last_activity_at)");
            statement.execute("CREATE TABLE message (id VARCHAR(36) PRIMARY KEY, conversation_id VARCHAR(36) NOT NULL,"
                    + " seq BIGINT NOT NULL, body VARCHAR(10000), CONSTRAINT message_seq_unique UNIQUE"
                    + " (conversation_id, seq))");
        }
        connection.setAutoCommit(false);
        int visitors = tickets / 2;
        try (PreparedStatement visitor = connection.prepareStatement("INSERT INTO visitor VALUES (?, ?)");
                PreparedStatement profile = connection.prepareStatement("INSERT INTO profile VALUES (?, ?, ?, ?, ?)")) {
            for (int v = 1; v <= visitors; v++) {
                visitor.setString(1, "v" + v);
                visitor.setString(2, v % 10 == 1 || v % 10 == 4 || v % 10 == 7 ? "store-user-" + v : null);
                visitor.addBatch();
                String first = FIRST[v % 16];
                String last = LAST[(v / 16) % 19];
                profile.setString(1, "p" + v);
                profile.setString(2, "v" + v);
                profile.setString(3, v % 10 < 6 ? first + " " + last : null);
                profile.setString(4, v % 2 == 0 ? ascii(first + "." + last) + "." + v + "@example.com" : null);
                profile.setString(5, v % 5 == 0 ? "+48 600 " + String.format("%06d", v) : null);
                profile.addBatch();
                if (v % 1000 == 0) {
                    visitor.executeBatch();
                    profile.executeBatch();
                }
            }
            visitor.executeBatch();
            profile.executeBatch();
        }
        try (PreparedStatement conversation = connection.prepareStatement("INSERT INTO conversation VALUES (?, ?)");
                PreparedStatement ticket = connection.prepareStatement(
                        "INSERT INTO ticket VALUES (?, ?, ?, ?, DATEADD('MINUTE', ?, TIMESTAMP '2026-01-01 00:00:00'))");
                PreparedStatement message = connection.prepareStatement("INSERT INTO message VALUES (?, ?, ?, ?)")) {
            for (int i = 1; i <= tickets; i++) {
                int r = Math.abs(("bench-" + i).hashCode()) % 100;
                boolean recent = tickets - i < 30_000 * tickets / 500_000 + 1;
                String status = i <= tickets / 2 ? "CLOSED" : recent ? (r < 70 ? "OPEN" : "CLOSED") : (r < 10 ? "OPEN" : "CLOSED");
                String visitorId = "v" + (((i - 1) % visitors) + 1);
                conversation.setString(1, "c" + i);
                conversation.setString(2, visitorId);
                conversation.addBatch();
                ticket.setString(1, "t" + i);
                ticket.setString(2, "c" + i);
                ticket.setString(3, visitorId);
                ticket.setString(4, status);
                ticket.setInt(5, i);
                ticket.addBatch();
                boolean polish = r % 5 == 4;
                for (int seq = 1; seq <= 2 + i % 4; seq++) {
                    message.setString(1, "m" + i + "-" + seq);
                    message.setString(2, "c" + i);
                    message.setInt(3, seq);
                    message.setString(4, body(i, seq, polish));
                    message.addBatch();
                }
                if (i % 1000 == 0) {
                    conversation.executeBatch();
                    ticket.executeBatch();
                    message.executeBatch();
                    connection.commit();
                }
            }
            conversation.executeBatch();
            ticket.executeBatch();
            message.executeBatch();
            connection.commit();
        }
        connection.setAutoCommit(true);
        try (Statement statement = connection.createStatement()) {
            statement.execute("ANALYZE");
        }
    }

    private static String body(int i, int seq, boolean polish) {
        int order = 100_000 + i;
        if (polish) {
            return seq == 1 ? "Dzień dobry! W czym możemy pomóc?"
                    : seq % 2 == 0 ? "Pytanie " + seq + " o zamówienie #" + order + ": "
                            + (i % 1000 == 7 ? "proszę o zwrot pieniędzy." : "gdzie jest moja przesyłka?")
                    : "Odpowiedź " + seq + " do zamówienia #" + order + ": wyślemy ją jutro.";
        }
        return seq == 1 ? "Hi! How can we help you today?"
                : seq % 2 == 0 ? "Question " + seq + " about order #" + order + ": "
                        + (i % 1000 == 7 ? "I would like a refund, please." : "where is my parcel?")
                : "Answer " + seq + " for order #" + order + ": it ships tomorrow.";
    }

    private static String ascii(String name) {
        String from = "ąćęłńóśźżĄĆĘŁŃÓŚŹŻ";
        String to = "acelnoszzACELNOSZZ";
        StringBuilder out = new StringBuilder();
        for (char c : name.toCharArray()) {
            int at = from.indexOf(c);
            out.append(at < 0 ? c : to.charAt(at));
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }
}
