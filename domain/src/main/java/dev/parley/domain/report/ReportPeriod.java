package dev.parley.domain.report;

import dev.parley.domain.shared.InvalidValueException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The days a report covers, both included, as the store's calendar names them: from the start of {@code from} to the
 * end of {@code to} in the store's time zone, at most {@value #MAX_DAYS} days.
 *
 * @param from the first day
 * @param to the last day, not before {@code from}
 */
public record ReportPeriod(LocalDate from, LocalDate to) {

    /** The longest period, in days: a leap year. */
    public static final int MAX_DAYS = 366;

    public ReportPeriod {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new InvalidValueException(
                    "report_period_reversed", "The period ends (" + to + ") before it starts (" + from + ").");
        }
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        if (days > MAX_DAYS) {
            throw new InvalidValueException(
                    "report_period_too_long",
                    "A report covers at most " + MAX_DAYS + " days; " + from + " to " + to + " is " + days + ".");
        }
    }

    /**
     * Reads a period as the REST API writes it, {@code YYYY-MM-DD} each.
     *
     * @throws InvalidValueException with {@code invalid_date} when a day is missing or not a date
     */
    public static ReportPeriod parse(String from, String to) {
        return new ReportPeriod(day("from", from), day("to", to));
    }

    private static LocalDate day(String name, String text) {
        if (text == null || !text.strip().matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
            throw new InvalidValueException("invalid_date", "The day '" + name + "' is a date written YYYY-MM-DD.");
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (java.time.format.DateTimeParseException notADay) {
            throw new InvalidValueException(
                    "invalid_date", "The day '" + name + "' is not a day of the calendar: " + text.strip() + ".");
        }
    }

    /** The last {@code days} days up to and including {@code today}. */
    public static ReportPeriod lastDays(LocalDate today, int days) {
        return new ReportPeriod(today.minusDays(days - 1L), today);
    }

    /** How many days it covers. */
    public int days() {
        return (int) ChronoUnit.DAYS.between(from, to) + 1;
    }

    /** Its days, in order. */
    public List<LocalDate> dates() {
        return from.datesUntil(to.plusDays(1)).toList();
    }

    /**
     * Where each day starts in the zone, and after them where the last one ends: {@link #days()} + 1 instants. A day
     * lasts 23 or 25 hours when the clocks change in it.
     */
    public List<Instant> boundaries(ZoneId zone) {
        Objects.requireNonNull(zone, "zone");
        List<Instant> starts = new ArrayList<>(days() + 1);
        for (LocalDate day = from; !day.isAfter(to.plusDays(1)); day = day.plusDays(1)) {
            starts.add(day.atStartOfDay(zone).toInstant());
        }
        return starts;
    }
}
