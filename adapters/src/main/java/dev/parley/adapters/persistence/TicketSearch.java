package dev.parley.adapters.persistence;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * An inbox search's matches, looked up before the page query: the conversations whose messages contain the text and
 * the visitors whose profile or store user id contains it, each listed or, when there were too many, left to the page
 * query to test per ticket with the pattern.
 *
 * @param pattern the text as a {@code LIKE} pattern, lower case, escaped with {@code !}
 * @param conversations the conversations found, or empty when there were too many to list
 * @param visitors the visitors found, or empty when there were too many to list
 */
record TicketSearch(String pattern, Optional<List<String>> conversations, Optional<List<String>> visitors) {

    /**
     * Rows each source of a search may name before the search stops collecting them and checks the listed tickets one
     * by one instead: a text found that often is found among the newest tickets quickly.
     */
    static final int SEARCH_COLLECT_LIMIT = 2000;

    /**
     * What a search text matches, looked up first through the indexes (on PostgreSQL the trigram indexes of V21): the
     * conversations whose messages contain it, and the visitors whose profile name, email or phone or whose store
     * user id contains it. A source that matches more than {@link #SEARCH_COLLECT_LIMIT} rows is not listed; the page
     * query then tests it per ticket, newest first, which stops as soon as the page is full.
     */
    static TicketSearch of(EntityManager em, String text) {
        String pattern = "%" + likeEscaped(text.toLowerCase(Locale.ROOT)) + "%";
        // The limit is written into the SQL (not bound) so that PostgreSQL plans for it: an index scan that stops.
        List<String> conversations = strings(em.createNativeQuery("SELECT conversation_id FROM message"
                        + " WHERE LOWER(body) LIKE ?1 ESCAPE '!' LIMIT " + (SEARCH_COLLECT_LIMIT + 1))
                .setParameter(1, pattern)
                .getResultList());
        List<String> profiles = strings(em.createNativeQuery("SELECT visitor_id FROM profile"
                        + " WHERE LOWER(name) LIKE ?1 ESCAPE '!' OR LOWER(email) LIKE ?1 ESCAPE '!'"
                        + " OR LOWER(phone) LIKE ?1 ESCAPE '!' LIMIT " + (SEARCH_COLLECT_LIMIT + 1))
                .setParameter(1, pattern)
                .getResultList());
        List<String> storeUsers = strings(em.createNativeQuery("SELECT id FROM visitor"
                        + " WHERE LOWER(external_id) LIKE ?1 ESCAPE '!' LIMIT " + (SEARCH_COLLECT_LIMIT + 1))
                .setParameter(1, pattern)
                .getResultList());
        boolean messagesListed = conversations.size() <= SEARCH_COLLECT_LIMIT;
        boolean visitorsListed = profiles.size() <= SEARCH_COLLECT_LIMIT && storeUsers.size() <= SEARCH_COLLECT_LIMIT;
        List<String> visitors = new ArrayList<>(profiles);
        visitors.addAll(storeUsers);
        return new TicketSearch(
                pattern,
                messagesListed ? Optional.of(conversations.stream().distinct().toList()) : Optional.empty(),
                visitorsListed ? Optional.of(visitors.stream().distinct().toList()) : Optional.empty());
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(List<?> rows) {
        return (List<String>) rows;
    }

    private static String likeEscaped(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    boolean isEmpty() {
        return conversations.filter(List::isEmpty).isPresent()
                && visitors.filter(List::isEmpty).isPresent();
    }

    /** The page query's condition on the ticket {@code t}; adds the parameters it names. */
    String condition(Map<String, Object> parameters) {
        List<String> any = new ArrayList<>();
        if (conversations.isEmpty()) {
            any.add("EXISTS (SELECT m FROM Message m WHERE m.conversationId = t.conversationId"
                    + " AND LOWER(m.body) LIKE :text ESCAPE '!')");
            parameters.put("text", pattern);
        } else if (!conversations.get().isEmpty()) {
            any.add("t.conversationId IN :matchedConversations");
            parameters.put("matchedConversations", conversations.get());
        }
        if (visitors.isEmpty()) {
            any.add("EXISTS (SELECT p FROM Profile p WHERE p.visitorId = t.visitorId"
                    + " AND (LOWER(p.name) LIKE :text ESCAPE '!' OR LOWER(p.email) LIKE :text ESCAPE '!'"
                    + " OR LOWER(p.phone) LIKE :text ESCAPE '!'))");
            any.add("EXISTS (SELECT v FROM Visitor v WHERE v.id = t.visitorId"
                    + " AND LOWER(v.externalId) LIKE :text ESCAPE '!')");
            parameters.put("text", pattern);
        } else if (!visitors.get().isEmpty()) {
            any.add("t.visitorId IN :matchedVisitors");
            parameters.put("matchedVisitors", visitors.get());
        }
        return String.join(" OR ", any);
    }
}
