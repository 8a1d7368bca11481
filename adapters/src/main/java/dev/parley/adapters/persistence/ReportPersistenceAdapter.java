package dev.parley.adapters.persistence;

import dev.parley.application.report.port.in.ReportSummary;
import dev.parley.application.report.port.out.ReportDataPort;
import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.conversation.Satisfaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads what the reports count, in SQL that runs alike on H2 and PostgreSQL (a driven adapter): the database counts
 * and pairs, Parley takes the medians. Times are the stored UTC timestamps.
 */
@ApplicationScoped
class ReportPersistenceAdapter implements ReportDataPort {

    @PersistenceContext(unitName = "parley")
    private EntityManager em;

    /** One query for every day: the days' bounds are a table of values the tickets are joined to. */
    @Override
    public List<Long> ticketsOpened(List<Instant> boundaries) {
        int days = boundaries.size() - 1;
        StringBuilder sql = new StringBuilder("SELECT d.i, COUNT(t.id) FROM (VALUES ");
        for (int i = 0; i < days; i++) {
            sql.append(i == 0 ? "" : ", ")
                    .append('(')
                    .append(i)
                    .append(", CAST(?")
                    .append(i + 1)
                    .append(" AS TIMESTAMP), CAST(?")
                    .append(i + 2)
                    .append(" AS TIMESTAMP))");
        }
        sql.append(") AS d (i, day_start, day_end) LEFT JOIN ticket t"
                + " ON t.created_at >= d.day_start AND t.created_at < d.day_end GROUP BY d.i ORDER BY d.i");
        Query query = em.createNativeQuery(sql.toString());
        for (int i = 0; i <= days; i++) {
            query.setParameter(i + 1, UtcTimes.toColumn(boundaries.get(i)));
        }
        long[] counts = new long[days];
        for (Object row : query.getResultList()) {
            Object[] columns = (Object[]) row;
            counts[((Number) columns[0]).intValue()] = ((Number) columns[1]).longValue();
        }
        List<Long> perDay = new ArrayList<>(days);
        for (long count : counts) {
            perDay.add(count);
        }
        return perDay;
    }

    /**
     * A wait starts at a visitor's message whose previous message by a person (the visitor or an agent) was an
     * agent's, or that has none; it ends at the first agent message after it. Parley's own messages and the AI agent's
     * answers neither start nor end one.
     */
    @Override
    public List<Wait> waits(Instant from, Instant to) {
        List<?> rows = em.createNativeQuery("SELECT v.sent_at, CASE WHEN v.before_kind IS NULL THEN 1 ELSE 0 END,"
                        + " (SELECT MIN(a.sent_at) FROM message a WHERE a.conversation_id = v.conversation_id"
                        + " AND a.author_kind = 'AGENT' AND a.seq > v.seq)"
                        + " FROM (SELECT m.conversation_id, m.seq, m.sent_at, m.author_kind,"
                        + " LAG(m.author_kind) OVER (PARTITION BY m.conversation_id ORDER BY m.seq) AS before_kind"
                        + " FROM message m WHERE m.author_kind IN ('VISITOR', 'AGENT') AND m.conversation_id IN"
                        + " (SELECT w.conversation_id FROM message w WHERE w.author_kind = 'VISITOR'"
                        + " AND w.sent_at >= ?1 AND w.sent_at < ?2)) v"
                        + " WHERE v.author_kind = 'VISITOR' AND (v.before_kind IS NULL OR v.before_kind = 'AGENT')"
                        + " AND v.sent_at >= ?1 AND v.sent_at < ?2")
                .setParameter(1, UtcTimes.toColumn(from))
                .setParameter(2, UtcTimes.toColumn(to))
                .getResultList();
        List<Wait> waits = new ArrayList<>(rows.size());
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            waits.add(new Wait(
                    instant(columns[0]),
                    Optional.ofNullable(columns[2]).map(ReportPersistenceAdapter::instant),
                    ((Number) columns[1]).intValue() == 1));
        }
        return waits;
    }

    @Override
    public RatingCounts ratings(Instant from, Instant to) {
        long good = 0;
        long bad = 0;
        for (Object row : em.createNativeQuery("SELECT score, COUNT(*) FROM satisfaction_rating"
                        + " WHERE rated_at >= ?1 AND rated_at < ?2 GROUP BY score")
                .setParameter(1, UtcTimes.toColumn(from))
                .setParameter(2, UtcTimes.toColumn(to))
                .getResultList()) {
            Object[] columns = (Object[]) row;
            long count = ((Number) columns[1]).longValue();
            if (Satisfaction.GOOD.name().equals(columns[0])) {
                good = count;
            } else {
                bad = count;
            }
        }
        return new RatingCounts(good, bad);
    }

    @Override
    public List<ReportSummary.RatedComment> latestComments(Instant from, Instant to, int limit) {
        return em.createQuery(
                        "SELECT r FROM SatisfactionRating r WHERE r.comment IS NOT NULL"
                                + " AND r.ratedAt >= :from AND r.ratedAt < :to"
                                + " ORDER BY r.ratedAt DESC, r.conversationId",
                        SatisfactionRatingJpaEntity.class)
                .setParameter("from", UtcTimes.toColumn(from))
                .setParameter("to", UtcTimes.toColumn(to))
                .setMaxResults(limit)
                .getResultStream()
                .map(row -> new ReportSummary.RatedComment(
                        ConversationId.parse(row.conversationId),
                        Satisfaction.GOOD.name().equals(row.score),
                        row.comment,
                        UtcTimes.fromColumn(row.ratedAt)))
                .toList();
    }

    /** A timestamp as the JDBC driver hands it back: {@link Timestamp} or {@link LocalDateTime}, in UTC. */
    private static Instant instant(Object column) {
        LocalDateTime utc =
                column instanceof Timestamp timestamp ? timestamp.toLocalDateTime() : (LocalDateTime) column;
        return UtcTimes.fromColumn(utc);
    }
}
