/**
 * Reports: what the team's work on conversations adds up to over a period of days in the store's time zone. Owns the
 * {@link dev.parley.domain.report.ReportPeriod} and how times are summed up ({@link dev.parley.domain.report.Median});
 * it reads what other contexts stored and changes nothing.
 */
package dev.parley.domain.report;
