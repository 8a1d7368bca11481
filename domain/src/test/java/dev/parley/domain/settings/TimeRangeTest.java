package dev.parley.domain.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.domain.shared.InvalidValueException;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class TimeRangeTest {

    private static TimeRange range(String start, String end) {
        return TimeRange.of(LocalTime.parse(start), LocalTime.parse(end));
    }

    @Test
    void must_start_before_it_ends() {
        assertThatThrownBy(() -> range("17:00", "09:00"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("start before they end")
                .extracting("code")
                .isEqualTo("invalid_time_range");
        assertThatThrownBy(() -> range("09:00", "09:00"))
                .isInstanceOf(InvalidValueException.class)
                .extracting("code")
                .isEqualTo("invalid_time_range");
        assertThat(range("09:00", "09:01")).isNotNull();
    }

    @Test
    void includes_its_start_and_excludes_its_end() {
        TimeRange hours = range("09:00", "17:00");

        assertThat(hours.contains(LocalTime.parse("08:59:59"))).isFalse();
        assertThat(hours.contains(LocalTime.parse("09:00"))).isTrue();
        assertThat(hours.contains(LocalTime.parse("16:59:59.999999999"))).isTrue();
        assertThat(hours.contains(LocalTime.parse("17:00"))).isFalse();
    }

    @Test
    void a_range_ending_at_the_last_moment_of_the_day_stays_open_until_midnight() {
        assertThat(TimeRange.of(LocalTime.of(18, 0), LocalTime.MAX).contains(LocalTime.MAX))
                .isTrue();
    }

    @Test
    void ranges_that_only_touch_do_not_overlap() {
        assertThat(range("09:00", "12:00").overlaps(range("12:00", "17:00"))).isFalse();
        assertThat(range("09:00", "12:01").overlaps(range("12:00", "17:00"))).isTrue();
        assertThat(range("09:00", "17:00").overlaps(range("10:00", "11:00"))).isTrue();
    }
}
