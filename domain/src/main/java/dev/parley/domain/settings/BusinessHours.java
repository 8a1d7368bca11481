package dev.parley.domain.settings;

import dev.parley.domain.shared.InvalidValueException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * When the store's team answers chats, in the store's own time zone. Outside these hours visitors get the away
 * message.
 *
 * <p>A store is either <b>always open</b> (the default) or follows a <b>weekly schedule</b>: each day of the week has
 * up to {@value #MAX_RANGES_PER_DAY} opening ranges that do not overlap, and a day without ranges is closed. Dated
 * <b>closures</b> (up to {@value #MAX_CLOSURES}) close whole days of the schedule, such as public holidays. The
 * schedule and closures are kept while the store is always open, so that switching back restores them, but only the
 * schedule mode uses them. Times are local to the store's zone, so summer-time changes move the opening instants with
 * the clock on the wall.
 *
 * @param zone the store's time zone
 * @param alwaysOpen whether the store is open at every moment, whatever the schedule says
 * @param weeklySchedule the opening ranges of every day of the week, sorted by start; a day without ranges is closed
 * @param closures the dates on which the schedule is closed all day, sorted
 */
public record BusinessHours(
        ZoneId zone, boolean alwaysOpen, Map<DayOfWeek, List<TimeRange>> weeklySchedule, Set<LocalDate> closures) {

    /** The most opening ranges one day can have. */
    public static final int MAX_RANGES_PER_DAY = 5;

    /** The most closed dates a store can list. */
    public static final int MAX_CLOSURES = 366;

    /** How far ahead {@link #nextOpeningAfter(Instant)} looks, in days. */
    public static final int SEARCH_DAYS = 400;

    public BusinessHours {
        Objects.requireNonNull(zone, "time zone");
        Objects.requireNonNull(weeklySchedule, "weekly schedule");
        Objects.requireNonNull(closures, "closures");
        weeklySchedule = normalised(weeklySchedule);
        if (closures.size() > MAX_CLOSURES) {
            throw new InvalidValueException(
                    "too_many_closures",
                    "At most " + MAX_CLOSURES + " closed days can be listed; there are " + closures.size() + ".");
        }
        closures.forEach(date -> Objects.requireNonNull(date, "closed date"));
        closures = Collections.unmodifiableSortedSet(new TreeSet<>(closures));
    }

    /** Open at every moment, in the given zone, with no schedule. */
    public static BusinessHours alwaysOpen(ZoneId zone) {
        return new BusinessHours(zone, true, Map.of(), Set.of());
    }

    /** Open only during the given ranges of each day; days left out are closed. */
    public static BusinessHours weekly(ZoneId zone, Map<DayOfWeek, List<TimeRange>> schedule) {
        return new BusinessHours(zone, false, schedule, Set.of());
    }

    /** Always open, in UTC, until the store says otherwise. */
    public static BusinessHours defaults() {
        return alwaysOpen(ZoneOffset.UTC);
    }

    public BusinessHours withZone(ZoneId newZone) {
        return new BusinessHours(newZone, alwaysOpen, weeklySchedule, closures);
    }

    /** Switches between always open and following the weekly schedule; the schedule itself is kept. */
    public BusinessHours withAlwaysOpen(boolean open) {
        return new BusinessHours(zone, open, weeklySchedule, closures);
    }

    /**
     * Replaces the opening ranges of one day of the week.
     *
     * @throws InvalidValueException when the ranges overlap or are too many
     */
    public BusinessHours withDay(DayOfWeek day, List<TimeRange> ranges) {
        Map<DayOfWeek, List<TimeRange>> schedule = new EnumMap<>(weeklySchedule);
        schedule.put(Objects.requireNonNull(day, "day"), ranges);
        return new BusinessHours(zone, alwaysOpen, schedule, closures);
    }

    /**
     * Closes the schedule all day on a date.
     *
     * @throws InvalidValueException when that makes too many closures
     */
    public BusinessHours withClosure(LocalDate date) {
        Set<LocalDate> changed = new TreeSet<>(closures);
        changed.add(Objects.requireNonNull(date, "closed date"));
        return new BusinessHours(zone, alwaysOpen, weeklySchedule, changed);
    }

    /** Opens a closed date again, following the weekly schedule. */
    public BusinessHours withoutClosure(LocalDate date) {
        Set<LocalDate> changed = new TreeSet<>(closures);
        changed.remove(date);
        return new BusinessHours(zone, alwaysOpen, weeklySchedule, changed);
    }

    /** The opening ranges of one day of the week, sorted by start; empty when that day is closed. */
    public List<TimeRange> rangesOn(DayOfWeek day) {
        return weeklySchedule.get(day);
    }

    /** Whether the team answers chats at this moment. */
    public boolean isOpenAt(Instant now) {
        Objects.requireNonNull(now, "now");
        if (alwaysOpen) {
            return true;
        }
        ZonedDateTime local = now.atZone(zone);
        if (closures.contains(local.toLocalDate())) {
            return false;
        }
        return weeklySchedule.get(local.getDayOfWeek()).stream().anyMatch(range -> range.contains(local.toLocalTime()));
    }

    /**
     * The next moment after {@code now} at which the store opens, looking up to {@value #SEARCH_DAYS} days ahead:
     * the start of an opening range, skipping closed dates and ranges that merely continue an opening that began
     * earlier. Empty when the store is always open, and when it does not open in that time.
     */
    public Optional<Instant> nextOpeningAfter(Instant now) {
        Objects.requireNonNull(now, "now");
        if (alwaysOpen) {
            return Optional.empty();
        }
        ZoneRules rules = zone.getRules();
        // Starting a day early and finishing a day late covers summer-time overlaps around midnight.
        LocalDate first = now.atZone(zone).toLocalDate().minusDays(1);
        LocalDate last = first.plusDays(SEARCH_DAYS + 1L);
        Instant best = null;
        for (LocalDate date = first; !date.isAfter(last); date = date.plusDays(1)) {
            if (best != null && date.isAfter(best.atZone(zone).toLocalDate().plusDays(1))) {
                break;
            }
            if (closures.contains(date)) {
                continue;
            }
            for (TimeRange range : weeklySchedule.get(date.getDayOfWeek())) {
                for (Instant candidate : instantsOf(date.atTime(range.start()), rules)) {
                    if (candidate.isAfter(now) && opensAt(candidate) && (best == null || candidate.isBefore(best))) {
                        best = candidate;
                    }
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private boolean opensAt(Instant instant) {
        return isOpenAt(instant) && !isOpenAt(instant.minusNanos(1));
    }

    /**
     * The instants a wall-clock time stands for: one on most days, two when the clocks go back and the time happens
     * twice, and the end of the gap when the clocks go forward over it.
     */
    private static List<Instant> instantsOf(LocalDateTime wallClock, ZoneRules rules) {
        List<ZoneOffset> offsets = rules.getValidOffsets(wallClock);
        if (offsets.isEmpty()) {
            return List.of(rules.getTransition(wallClock).getInstant());
        }
        return offsets.stream().map(wallClock::toInstant).toList();
    }

    private static Map<DayOfWeek, List<TimeRange>> normalised(Map<DayOfWeek, List<TimeRange>> schedule) {
        Map<DayOfWeek, List<TimeRange>> result = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            List<TimeRange> given = schedule.getOrDefault(day, List.of());
            Objects.requireNonNull(given, "opening hours of " + day);
            result.put(day, checkedDay(day, given));
        }
        return Collections.unmodifiableMap(result);
    }

    private static List<TimeRange> checkedDay(DayOfWeek day, List<TimeRange> ranges) {
        String dayName = day.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        if (ranges.size() > MAX_RANGES_PER_DAY) {
            throw new InvalidValueException(
                    "too_many_time_ranges",
                    dayName + " can have at most " + MAX_RANGES_PER_DAY + " opening ranges; it has " + ranges.size()
                            + ".");
        }
        List<TimeRange> sorted = new ArrayList<>(ranges);
        sorted.forEach(range -> Objects.requireNonNull(range, "opening range"));
        sorted.sort(Comparator.comparing(TimeRange::start));
        for (int i = 1; i < sorted.size(); i++) {
            TimeRange before = sorted.get(i - 1);
            TimeRange after = sorted.get(i);
            if (before.overlaps(after)) {
                throw new InvalidValueException(
                        "overlapping_time_ranges",
                        "The opening hours on " + dayName + " overlap: " + before + " and " + after
                                + ". Ranges of one day must not overlap.");
            }
        }
        return List.copyOf(sorted);
    }
}
