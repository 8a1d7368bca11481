package dev.parley.application.report.port.out;

import dev.parley.application.report.port.in.ReportSummary;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Reads what reports count from what the other contexts stored; driven by the report query. */
public interface ReportDataPort {

    /**
     * The tickets opened between each pair of neighbouring boundaries.
     *
     * @param boundaries the start of each day and, last, the end of the last day
     * @return one count per day, in order
     */
    List<Long> ticketsOpened(List<Instant> boundaries);

    /** The visitors' waits for the team that started in {@code [from, to)}; see {@link ReportSummary}. */
    List<Wait> waits(Instant from, Instant to);

    /** How many ratings given in {@code [from, to)} said good, and how many bad. */
    RatingCounts ratings(Instant from, Instant to);

    /** The newest ratings with a comment given in {@code [from, to)}, newest first. */
    List<ReportSummary.RatedComment> latestComments(Instant from, Instant to, int limit);

    /**
     * A wait of a visitor for the team.
     *
     * @param since the visitor's message that started it
     * @param answeredAt the agent's message that ended it, if one did
     * @param first whether it started at the conversation's first visitor message
     */
    record Wait(Instant since, Optional<Instant> answeredAt, boolean first) {

        public Wait {
            Objects.requireNonNull(since, "since");
            Objects.requireNonNull(answeredAt, "answered at");
        }
    }

    /** Good and bad ratings. */
    record RatingCounts(long good, long bad) {}
}
