package dev.parley.domain.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.domain.shared.InvalidValueException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BusinessHoursTest {

    private static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");
    private static final TimeRange NINE_TO_FIVE = range("09:00", "17:00");

    private static TimeRange range(String start, String end) {
        return TimeRange.of(LocalTime.parse(start), LocalTime.parse(end));
    }

    /** The instant at which Warsaw's wall clocks show this date and time. */
    private static Instant warsaw(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(WARSAW).toInstant();
    }

    private static Map<DayOfWeek, List<TimeRange>> weekdays(List<TimeRange> ranges) {
        Map<DayOfWeek, List<TimeRange>> schedule = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : List.of(
                DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)) {
            schedule.put(day, ranges);
        }
        return schedule;
    }

    private static Map<DayOfWeek, List<TimeRange>> everyDay(List<TimeRange> ranges) {
        Map<DayOfWeek, List<TimeRange>> schedule = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            schedule.put(day, ranges);
        }
        return schedule;
    }

    private final BusinessHours officeHours = BusinessHours.weekly(WARSAW, weekdays(List.of(NINE_TO_FIVE)));

    // ---- always open

    @Test
    void is_always_open_by_default_with_no_next_opening() {
        BusinessHours hours = BusinessHours.defaults();

        assertThat(hours.alwaysOpen()).isTrue();
        assertThat(hours.zone()).isEqualTo(ZoneOffset.UTC);
        assertThat(hours.isOpenAt(Instant.parse("2026-03-01T03:00:00Z"))).isTrue();
        assertThat(hours.nextOpeningAfter(Instant.parse("2026-03-01T03:00:00Z")))
                .isEmpty();
        assertThat(hours.rangesOn(DayOfWeek.MONDAY)).isEmpty();
    }

    @Test
    void an_always_open_store_keeps_its_schedule_and_closures_for_later_but_ignores_them() {
        BusinessHours hours =
                officeHours.withClosure(LocalDate.parse("2026-03-02")).withAlwaysOpen(true);

        assertThat(hours.isOpenAt(warsaw("2026-03-02T10:00"))).isTrue();
        assertThat(hours.isOpenAt(warsaw("2026-03-07T23:00"))).isTrue();
        assertThat(hours.withAlwaysOpen(false).isOpenAt(warsaw("2026-03-02T10:00")))
                .isFalse();
        assertThat(hours.withAlwaysOpen(false).isOpenAt(warsaw("2026-03-03T10:00")))
                .isTrue();
    }

    // ---- weekly schedule

    @Test
    void is_open_from_the_start_of_a_range_until_just_before_its_end_in_the_stores_zone() {
        assertThat(officeHours.isOpenAt(warsaw("2026-03-02T08:59:59"))).isFalse();
        assertThat(officeHours.isOpenAt(warsaw("2026-03-02T09:00"))).isTrue();
        assertThat(officeHours.isOpenAt(Instant.parse("2026-03-02T08:00:00Z"))).isTrue();
        assertThat(officeHours.isOpenAt(warsaw("2026-03-02T16:59:59"))).isTrue();
        assertThat(officeHours.isOpenAt(warsaw("2026-03-02T17:00"))).isFalse();
    }

    @Test
    void is_closed_on_days_without_ranges() {
        assertThat(officeHours.isOpenAt(warsaw("2026-03-07T12:00"))).isFalse();
        assertThat(officeHours.rangesOn(DayOfWeek.SATURDAY)).isEmpty();
    }

    @Test
    void the_same_schedule_opens_at_other_instants_in_another_zone() {
        BusinessHours newYork = officeHours.withZone(ZoneId.of("America/New_York"));

        assertThat(newYork.isOpenAt(warsaw("2026-03-02T10:00"))).isFalse();
        assertThat(newYork.isOpenAt(Instant.parse("2026-03-02T14:00:00Z"))).isTrue();
    }

    @Test
    void follows_several_ranges_a_day_with_a_break_between_them() {
        BusinessHours hours =
                BusinessHours.weekly(WARSAW, weekdays(List.of(range("13:00", "17:00"), range("09:00", "12:00"))));

        assertThat(hours.rangesOn(DayOfWeek.MONDAY)).containsExactly(range("09:00", "12:00"), range("13:00", "17:00"));
        assertThat(hours.isOpenAt(warsaw("2026-03-02T11:59"))).isTrue();
        assertThat(hours.isOpenAt(warsaw("2026-03-02T12:30"))).isFalse();
        assertThat(hours.isOpenAt(warsaw("2026-03-02T13:00"))).isTrue();
        assertThat(hours.nextOpeningAfter(warsaw("2026-03-02T12:30"))).contains(warsaw("2026-03-02T13:00"));
    }

    @Test
    void accepts_ranges_that_touch_and_refuses_ranges_that_overlap() {
        assertThat(officeHours
                        .withDay(DayOfWeek.MONDAY, List.of(range("09:00", "12:00"), range("12:00", "17:00")))
                        .isOpenAt(warsaw("2026-03-02T12:00")))
                .isTrue();
        assertThatThrownBy(() -> officeHours.withDay(
                        DayOfWeek.MONDAY, List.of(range("09:00", "13:00"), range("12:00", "17:00"))))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("The opening hours on Monday overlap: 09:00–13:00 and 12:00–17:00."
                        + " Ranges of one day must not overlap.")
                .extracting("code")
                .isEqualTo("overlapping_time_ranges");
    }

    @Test
    void accepts_five_ranges_a_day_and_refuses_six() {
        List<TimeRange> five = List.of(
                range("08:00", "09:00"),
                range("10:00", "11:00"),
                range("12:00", "13:00"),
                range("14:00", "15:00"),
                range("16:00", "17:00"));
        List<TimeRange> six = new ArrayList<>(five);
        six.add(range("18:00", "19:00"));

        assertThat(officeHours.withDay(DayOfWeek.TUESDAY, five).rangesOn(DayOfWeek.TUESDAY))
                .hasSize(5);
        assertThatThrownBy(() -> officeHours.withDay(DayOfWeek.TUESDAY, six))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Tuesday can have at most 5 opening ranges; it has 6.")
                .extracting("code")
                .isEqualTo("too_many_time_ranges");
    }

    @Test
    void the_schedule_cannot_be_changed_from_outside() {
        assertThatThrownBy(() -> officeHours.weeklySchedule().put(DayOfWeek.SUNDAY, List.of(NINE_TO_FIVE)))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> officeHours.closures().add(LocalDate.parse("2026-12-25")))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    // ---- closures

    @Test
    void a_closure_closes_the_whole_day_in_the_stores_zone() {
        BusinessHours hours = officeHours.withClosure(LocalDate.parse("2026-03-02"));

        assertThat(hours.isOpenAt(warsaw("2026-03-02T10:00"))).isFalse();
        assertThat(hours.isOpenAt(warsaw("2026-03-03T10:00"))).isTrue();
        assertThat(hours.withoutClosure(LocalDate.parse("2026-03-02")).isOpenAt(warsaw("2026-03-02T10:00")))
                .isTrue();
    }

    @Test
    void accepts_366_closures_and_refuses_367() {
        Set<LocalDate> dates = new HashSet<>();
        for (int i = 0; i < 366; i++) {
            dates.add(LocalDate.parse("2026-01-01").plusDays(i));
        }
        BusinessHours full = new BusinessHours(WARSAW, false, weekdays(List.of(NINE_TO_FIVE)), dates);

        assertThat(full.closures()).hasSize(366);
        assertThatThrownBy(() -> full.withClosure(LocalDate.parse("2025-12-31")))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("At most 366 closed days can be listed; there are 367.")
                .extracting("code")
                .isEqualTo("too_many_closures");
    }

    @Test
    void the_next_opening_skips_closed_dates() {
        BusinessHours hours =
                officeHours.withClosure(LocalDate.parse("2026-03-03")).withClosure(LocalDate.parse("2026-03-04"));

        assertThat(hours.nextOpeningAfter(warsaw("2026-03-02T18:00"))).contains(warsaw("2026-03-05T09:00"));
    }

    // ---- next opening

    @Test
    void the_next_opening_after_friday_evening_is_monday_morning() {
        assertThat(officeHours.nextOpeningAfter(warsaw("2026-03-06T18:00")))
                .contains(Instant.parse("2026-03-09T08:00:00Z"));
    }

    @Test
    void the_next_opening_before_the_doors_open_is_the_same_day() {
        assertThat(officeHours.nextOpeningAfter(warsaw("2026-03-02T07:30"))).contains(warsaw("2026-03-02T09:00"));
    }

    @Test
    void while_open_the_next_opening_is_the_following_one() {
        assertThat(officeHours.nextOpeningAfter(warsaw("2026-03-02T09:00"))).contains(warsaw("2026-03-03T09:00"));
        assertThat(officeHours.nextOpeningAfter(warsaw("2026-03-02T10:00"))).contains(warsaw("2026-03-03T09:00"));
    }

    @Test
    void a_range_that_continues_an_open_one_is_not_an_opening() {
        BusinessHours touching =
                BusinessHours.weekly(WARSAW, weekdays(List.of(range("09:00", "12:00"), range("12:00", "17:00"))));
        BusinessHours overnight = BusinessHours.weekly(
                WARSAW, everyDay(List.of(range("00:00", "02:00"), TimeRange.of(LocalTime.of(18, 0), LocalTime.MAX))));

        assertThat(touching.nextOpeningAfter(warsaw("2026-03-02T10:00"))).contains(warsaw("2026-03-03T09:00"));
        assertThat(overnight.isOpenAt(warsaw("2026-03-02T23:59:59.999999999"))).isTrue();
        assertThat(overnight.nextOpeningAfter(warsaw("2026-03-02T03:00"))).contains(warsaw("2026-03-02T18:00"));
        assertThat(overnight.nextOpeningAfter(warsaw("2026-03-02T20:00"))).contains(warsaw("2026-03-03T18:00"));
    }

    @Test
    void a_store_that_never_opens_has_no_next_opening() {
        BusinessHours never = BusinessHours.weekly(WARSAW, Map.of());

        assertThat(never.isOpenAt(warsaw("2026-03-02T10:00"))).isFalse();
        assertThat(never.nextOpeningAfter(warsaw("2026-03-02T10:00"))).isEmpty();
    }

    @Test
    void looks_400_days_ahead_and_no_further() {
        BusinessHours mondays = BusinessHours.weekly(WARSAW, Map.of(DayOfWeek.MONDAY, List.of(NINE_TO_FIVE)));
        LocalDate monday = LocalDate.parse("2026-03-02");
        for (int week = 1; week <= 56; week++) {
            mondays = mondays.withClosure(monday.plusWeeks(week));
        }

        assertThat(mondays.nextOpeningAfter(warsaw("2026-03-02T10:00")))
                .contains(warsaw(monday.plusDays(399) + "T09:00"));
        assertThat(mondays.withClosure(monday.plusWeeks(57)).nextOpeningAfter(warsaw("2026-03-02T10:00")))
                .isEmpty();
    }

    // ---- summer time in Warsaw: clocks go forward on 2026-03-29 at 02:00 and back on 2026-10-25 at 03:00

    @Test
    void the_next_opening_across_the_spring_change_keeps_the_wall_clock_time() {
        BusinessHours daily = BusinessHours.weekly(WARSAW, everyDay(List.of(NINE_TO_FIVE)));

        assertThat(daily.nextOpeningAfter(Instant.parse("2026-03-28T17:00:00Z")))
                .contains(Instant.parse("2026-03-29T07:00:00Z"));
        assertThat(officeHours.nextOpeningAfter(warsaw("2026-03-27T18:00")))
                .contains(Instant.parse("2026-03-30T07:00:00Z"));
    }

    @Test
    void the_next_opening_across_the_autumn_change_keeps_the_wall_clock_time() {
        assertThat(officeHours.nextOpeningAfter(warsaw("2026-10-23T18:00")))
                .contains(Instant.parse("2026-10-26T08:00:00Z"));
        assertThat(officeHours.isOpenAt(Instant.parse("2026-10-26T07:59:59Z"))).isFalse();
        assertThat(officeHours.isOpenAt(Instant.parse("2026-10-26T08:00:00Z"))).isTrue();
    }

    @Test
    void a_range_starting_in_the_skipped_spring_hour_opens_when_the_clocks_jump() {
        BusinessHours hours = BusinessHours.weekly(WARSAW, Map.of(DayOfWeek.SUNDAY, List.of(range("02:30", "05:00"))));

        assertThat(hours.nextOpeningAfter(Instant.parse("2026-03-28T12:00:00Z")))
                .contains(Instant.parse("2026-03-29T01:00:00Z"));
        assertThat(hours.isOpenAt(Instant.parse("2026-03-29T00:59:59Z"))).isFalse();
        assertThat(hours.isOpenAt(Instant.parse("2026-03-29T01:00:00Z"))).isTrue();
    }

    @Test
    void a_range_wholly_inside_the_skipped_spring_hour_never_opens_that_day() {
        BusinessHours hours = BusinessHours.weekly(WARSAW, Map.of(DayOfWeek.SUNDAY, List.of(range("02:00", "02:45"))));

        assertThat(hours.nextOpeningAfter(Instant.parse("2026-03-28T12:00:00Z")))
                .contains(warsaw("2026-04-05T02:00"));
    }

    @Test
    void a_range_in_the_repeated_autumn_hour_opens_twice() {
        BusinessHours hours = BusinessHours.weekly(WARSAW, Map.of(DayOfWeek.SUNDAY, List.of(range("02:00", "02:30"))));

        assertThat(hours.nextOpeningAfter(Instant.parse("2026-10-24T12:00:00Z")))
                .contains(Instant.parse("2026-10-25T00:00:00Z"));
        assertThat(hours.isOpenAt(Instant.parse("2026-10-25T00:15:00Z"))).isTrue();
        assertThat(hours.isOpenAt(Instant.parse("2026-10-25T00:45:00Z"))).isFalse();
        assertThat(hours.nextOpeningAfter(Instant.parse("2026-10-25T00:45:00Z")))
                .contains(Instant.parse("2026-10-25T01:00:00Z"));
        assertThat(hours.isOpenAt(Instant.parse("2026-10-25T01:15:00Z"))).isTrue();
    }
}
