package dev.parley.application.report;

import dev.parley.application.report.port.in.ReportSummary;
import dev.parley.application.report.port.in.ReportSummaryQuery;
import dev.parley.application.report.port.out.ReportDataPort;
import dev.parley.application.settings.port.in.StoreTimeZoneQuery;
import dev.parley.domain.report.Median;
import dev.parley.domain.report.ReportPeriod;
import dev.parley.domain.shared.DomainException;
import dev.parley.domain.shared.InvalidValueException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** Sums up a period of the store's days from what was stored; see {@link ReportSummary} for what each number means. */
@ApplicationScoped
@Transactional(dontRollbackOn = DomainException.class)
public class ReportService implements ReportSummaryQuery {

    private ReportDataPort data;
    private StoreTimeZoneQuery zones;
    private Clock clock;

    @Inject
    public ReportService(ReportDataPort data, StoreTimeZoneQuery zones, Clock clock) {
        this.data = data;
        this.zones = zones;
        this.clock = clock;
    }

    /** For CDI proxies only. */
    protected ReportService() {}

    @Override
    public ReportSummary lastDays(int days) {
        if (days < 1 || days > ReportPeriod.MAX_DAYS) {
            throw new InvalidValueException(
                    "report_period_too_long",
                    "A report covers 1 to " + ReportPeriod.MAX_DAYS + " days; not " + days + ".");
        }
        ZoneId zone = zones.storeTimeZone();
        return summary(ReportPeriod.lastDays(LocalDate.ofInstant(clock.instant(), zone), days), zone);
    }

    @Override
    public ReportSummary summary(ReportPeriod period) {
        return summary(period, zones.storeTimeZone());
    }

    private ReportSummary summary(ReportPeriod period, ZoneId zone) {
        List<Instant> boundaries = period.boundaries(zone);
        Instant from = boundaries.get(0);
        Instant to = boundaries.get(boundaries.size() - 1);
        List<Long> opened = data.ticketsOpened(boundaries);
        List<LocalDate> dates = period.dates();
        List<ReportSummary.DayCount> perDay = new ArrayList<>(dates.size());
        for (int i = 0; i < dates.size(); i++) {
            perDay.add(new ReportSummary.DayCount(dates.get(i), opened.get(i)));
        }
        List<ReportDataPort.Wait> waits = data.waits(from, to);
        ReportDataPort.RatingCounts ratings = data.ratings(from, to);
        return new ReportSummary(
                period,
                zone,
                LocalDate.ofInstant(clock.instant(), zone),
                perDay,
                times(waits.stream().filter(ReportDataPort.Wait::first).toList()),
                times(waits),
                new ReportSummary.Satisfaction(
                        ratings.good(), ratings.bad(), data.latestComments(from, to, LATEST_COMMENTS)));
    }

    private static ReportSummary.Times times(List<ReportDataPort.Wait> waits) {
        List<Duration> answered = waits.stream()
                .filter(wait -> wait.answeredAt().isPresent())
                .map(wait -> Duration.between(wait.since(), wait.answeredAt().get()))
                .toList();
        return new ReportSummary.Times(Median.of(answered), answered.size(), waits.size() - answered.size());
    }
}
