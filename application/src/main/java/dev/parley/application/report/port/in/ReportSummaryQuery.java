package dev.parley.application.report.port.in;

import dev.parley.domain.report.ReportPeriod;

/** Driven by the REST adapter when a team member opens the reports. */
public interface ReportSummaryQuery {

    /** The most comments a summary lists. */
    int LATEST_COMMENTS = 10;

    /** The summary of the period's days in the store's time zone. */
    ReportSummary summary(ReportPeriod period);

    /**
     * The summary of the last {@code days} days in the store's time zone, today included.
     *
     * @throws dev.parley.domain.shared.InvalidValueException when {@code days} is not 1 to {@link
     *     ReportPeriod#MAX_DAYS}
     */
    ReportSummary lastDays(int days);
}
