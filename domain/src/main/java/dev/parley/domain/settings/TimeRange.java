package dev.parley.domain.settings;

import dev.parley.domain.shared.InvalidValueException;
import java.time.LocalTime;
import java.util.Objects;

/**
 * Opening hours within one day, in the store's time zone: open from {@code start} until just before {@code end}.
 * A range that ends at {@link LocalTime#MAX} (23:59:59.999999999) stays open until midnight.
 *
 * @param start when the store opens
 * @param end when the store closes, after {@code start}
 */
public record TimeRange(LocalTime start, LocalTime end) {

    public TimeRange {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!start.isBefore(end)) {
            throw new InvalidValueException(
                    "invalid_time_range",
                    "Opening hours must start before they end, such as 09:00–17:00; " + start + "–" + end
                            + " does not.");
        }
    }

    public static TimeRange of(LocalTime start, LocalTime end) {
        return new TimeRange(start, end);
    }

    /** Whether the store is open at this time of day. */
    public boolean contains(LocalTime time) {
        return !time.isBefore(start) && (time.isBefore(end) || end.equals(LocalTime.MAX));
    }

    /** Whether the two ranges share some time; ranges that only touch, such as 09:00–12:00 and 12:00–17:00, do not. */
    public boolean overlaps(TimeRange other) {
        return start.isBefore(other.end) && other.start.isBefore(end);
    }

    @Override
    public String toString() {
        return start + "–" + end;
    }
}
