package dev.parley.adapters.rest;

import dev.parley.application.report.port.in.ReportSummary;
import dev.parley.application.report.port.in.ReportSummaryQuery;
import dev.parley.domain.report.ReportPeriod;
import dev.parley.domain.shared.InvalidValueException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The reports' summary ({@code GET /api/v1/reports/summary?from=YYYY-MM-DD&to=YYYY-MM-DD}, or {@code ?last=7} for the
 * last days up to today), for every signed-in team member: reports show the team's own work, as in comparable
 * helpdesks, and hold no visitor's personal details beyond the comments they left. Days are the store's, in the
 * business hours' time zone. See {@code docs/reports.md}.
 */
@Path("reports")
@RequestScoped
@SignedIn
@Produces(MediaType.APPLICATION_JSON)
public class ReportResource {

    private ReportSummaryQuery reports;

    @Inject
    public ReportResource(ReportSummaryQuery reports) {
        this.reports = reports;
    }

    /** For CDI proxies only. */
    protected ReportResource() {}

    @GET
    @Path("summary")
    public Response summary(
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("last") String last) {
        ReportSummary summary;
        if (last != null) {
            if (from != null || to != null) {
                throw new InvalidValueException(
                        "invalid_parameter", "Ask for either 'last' days or a period 'from' and 'to', not both.");
            }
            summary = reports.lastDays(days(last));
        } else {
            summary = reports.summary(ReportPeriod.parse(from, to));
        }
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        noStore.setNoTransform(false);
        return Response.ok(Summary.of(summary)).cacheControl(noStore).build();
    }

    private static int days(String text) {
        if (!text.strip().matches("[0-9]{1,3}")) {
            throw new InvalidValueException(
                    "invalid_parameter", "'last' is a number of days from 1 to " + ReportPeriod.MAX_DAYS + ".");
        }
        return Integer.parseInt(text.strip());
    }

    /**
     * The summary ({@code docs/schemas/rest/report-summary.schema.json}).
     *
     * @param from the first day
     * @param to the last day
     * @param timeZone the store's time zone the days are counted in
     * @param today the day it is in that zone
     * @param conversations all conversations of the period
     * @param conversationsPerDay one entry per day, in order
     * @param firstResponse first-response times
     * @param waiting waiting times
     * @param satisfaction the ratings
     */
    public record Summary(
            String from,
            String to,
            String timeZone,
            String today,
            long conversations,
            List<Day> conversationsPerDay,
            Times firstResponse,
            Times waiting,
            Satisfaction satisfaction) {

        static Summary of(ReportSummary summary) {
            return new Summary(
                    summary.period().from().toString(),
                    summary.period().to().toString(),
                    zoneName(summary.zone()),
                    summary.today().toString(),
                    summary.conversations(),
                    summary.conversationsPerDay().stream()
                            .map(day -> new Day(day.day().toString(), day.conversations()))
                            .toList(),
                    Times.of(summary.firstResponse()),
                    Times.of(summary.waiting()),
                    new Satisfaction(
                            summary.satisfaction().good(),
                            summary.satisfaction().bad(),
                            summary.satisfaction().percentGood().orElse(null),
                            summary.satisfaction().latestComments().stream()
                                    .map(comment -> new Comment(
                                            comment.conversation().toString(),
                                            comment.good() ? "good" : "bad",
                                            comment.comment(),
                                            comment.ratedAt().toString()))
                                    .toList()));
        }
    }

    /** The zone's IANA name; a fixed offset of zero (the default store's) is {@code UTC}, as browsers name it. */
    static String zoneName(ZoneId zone) {
        ZoneId normal = zone.normalized();
        return normal instanceof ZoneOffset offset && offset.getTotalSeconds() == 0 ? "UTC" : normal.getId();
    }

    /** The conversations of one day. */
    public record Day(String day, long conversations) {}

    /**
     * Waiting times.
     *
     * @param medianMillis the median of the answered waits in milliseconds; absent without any
     * @param answered how many were answered
     * @param unanswered how many are still waiting
     */
    public record Times(Long medianMillis, long answered, long unanswered) {

        static Times of(ReportSummary.Times times) {
            return new Times(times.median().map(Duration::toMillis).orElse(null), times.answered(), times.unanswered());
        }
    }

    /**
     * The ratings.
     *
     * @param good how many said good
     * @param bad how many said bad
     * @param percentGood the share of good ones in whole percent; absent without ratings
     * @param latestComments the newest with a comment, newest first
     */
    public record Satisfaction(long good, long bad, Integer percentGood, List<Comment> latestComments) {}

    /** A rating with a comment. */
    public record Comment(String conversationId, String score, String comment, String ratedAt) {}
}
