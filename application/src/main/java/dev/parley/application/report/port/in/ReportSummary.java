package dev.parley.application.report.port.in;

import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.report.ReportPeriod;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the team's work adds up to over a period of the store's days.
 *
 * <ul>
 *   <li><b>Conversations</b>: tickets opened (a visitor's first message in a conversation opens its ticket), counted on
 *       the day they were opened.
 *   <li><b>First response</b>: from a conversation's first visitor message to the first agent message after it, for
 *       the conversations whose first visitor message falls in the period.
 *   <li><b>Waiting</b>: every wait of a visitor for the team. A wait starts at a visitor message that follows an agent's
 *       message (or is the conversation's first visitor message) and lasts until the next agent message; the visitor's
 *       further messages in the meantime do not start a new one. Counted for waits that start in the period. The first
 *       response is therefore the first wait of each conversation.
 *   <li>Waits still unanswered count in {@code unanswered} and not in the median.
 *   <li><b>Satisfaction</b>: the ratings given (as they stand now) in the period.
 * </ul>
 *
 * @param period the days covered
 * @param zone the store's time zone the days are counted in
 * @param today the day it is now in that zone
 * @param conversationsPerDay one entry per day of the period, in order
 * @param firstResponse first-response times
 * @param waiting waiting times
 * @param satisfaction the ratings
 */
public record ReportSummary(
        ReportPeriod period,
        ZoneId zone,
        LocalDate today,
        List<DayCount> conversationsPerDay,
        Times firstResponse,
        Times waiting,
        Satisfaction satisfaction) {

    public ReportSummary {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(today, "today");
        conversationsPerDay = List.copyOf(conversationsPerDay);
        Objects.requireNonNull(firstResponse, "first response");
        Objects.requireNonNull(waiting, "waiting");
        Objects.requireNonNull(satisfaction, "satisfaction");
    }

    /** All the conversations of the period. */
    public long conversations() {
        return conversationsPerDay.stream().mapToLong(DayCount::conversations).sum();
    }

    /** The conversations opened on one day. */
    public record DayCount(LocalDate day, long conversations) {

        public DayCount {
            Objects.requireNonNull(day, "day");
        }
    }

    /**
     * Times a visitor waited for the team.
     *
     * @param median the median of the answered waits; empty when none was answered
     * @param answered how many were answered
     * @param unanswered how many are still waiting
     */
    public record Times(Optional<Duration> median, long answered, long unanswered) {

        public Times {
            Objects.requireNonNull(median, "median");
        }
    }

    /**
     * The ratings of the period.
     *
     * @param good how many said good
     * @param bad how many said bad
     * @param latestComments the newest ratings with a comment, newest first, at most {@link
     *     ReportSummaryQuery#LATEST_COMMENTS}
     */
    public record Satisfaction(long good, long bad, List<RatedComment> latestComments) {

        public Satisfaction {
            latestComments = List.copyOf(latestComments);
        }

        /** The share of good ratings in whole percent, rounded half up; empty without ratings. */
        public Optional<Integer> percentGood() {
            long all = good + bad;
            return all == 0 ? Optional.empty() : Optional.of((int) ((good * 200 + all) / (2 * all)));
        }
    }

    /**
     * A rating with a comment.
     *
     * @param conversation the conversation rated (its ticket's)
     * @param good whether it said good
     * @param comment the visitor's words
     * @param ratedAt when it was given
     */
    public record RatedComment(ConversationId conversation, boolean good, String comment, Instant ratedAt) {

        public RatedComment {
            Objects.requireNonNull(conversation, "conversation");
            Objects.requireNonNull(comment, "comment");
            Objects.requireNonNull(ratedAt, "rated at");
        }
    }
}
