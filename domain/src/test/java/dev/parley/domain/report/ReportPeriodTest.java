package dev.parley.domain.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.domain.shared.InvalidValueException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportPeriodTest {

    @Test
    void covers_both_days_and_at_most_366() {
        assertThat(ReportPeriod.parse("2026-11-01", "2026-11-01").days()).isEqualTo(1);
        assertThat(ReportPeriod.parse("2024-01-01", "2024-12-31").days()).isEqualTo(366);
        assertThatThrownBy(() -> ReportPeriod.parse("2024-01-01", "2025-01-01"))
                .isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("code", "report_period_too_long");
    }

    @Test
    void refuses_a_period_that_ends_before_it_starts_and_days_that_are_not_dates() {
        assertThatThrownBy(() -> ReportPeriod.parse("2026-11-02", "2026-11-01"))
                .hasFieldOrPropertyWithValue("code", "report_period_reversed");
        for (String bad : new String[] {"2026-02-30", "26-11-01", "yesterday", "", "2026-11-01T00:00"}) {
            assertThatThrownBy(() -> ReportPeriod.parse(bad, "2026-11-01"))
                    .hasFieldOrPropertyWithValue("code", "invalid_date");
        }
        assertThatThrownBy(() -> ReportPeriod.parse("2026-11-01", null))
                .hasFieldOrPropertyWithValue("code", "invalid_date");
    }

    @Test
    void days_start_at_midnight_in_the_zone_and_last_23_hours_when_summer_time_starts() {
        ReportPeriod period = ReportPeriod.parse("2026-03-28", "2026-03-29");

        List<Instant> boundaries = period.boundaries(ZoneId.of("Europe/Warsaw"));

        assertThat(boundaries)
                .containsExactly(
                        Instant.parse("2026-03-27T23:00:00Z"),
                        Instant.parse("2026-03-28T23:00:00Z"),
                        Instant.parse("2026-03-29T22:00:00Z"));
        assertThat(period.dates()).containsExactly(LocalDate.of(2026, 3, 28), LocalDate.of(2026, 3, 29));
    }

    @Test
    void the_last_days_end_today() {
        assertThat(ReportPeriod.lastDays(LocalDate.of(2026, 11, 25), 7))
                .isEqualTo(new ReportPeriod(LocalDate.of(2026, 11, 19), LocalDate.of(2026, 11, 25)));
    }

    @Test
    void the_median_is_the_middle_or_the_mean_of_the_two_middles() {
        assertThat(Median.of(List.of())).isEmpty();
        assertThat(Median.of(List.of(Duration.ofSeconds(30), Duration.ofSeconds(10), Duration.ofSeconds(90))))
                .contains(Duration.ofSeconds(30));
        assertThat(Median.of(List.of(
                        Duration.ofSeconds(10),
                        Duration.ofSeconds(45),
                        Duration.ofSeconds(20),
                        Duration.ofSeconds(600))))
                .contains(Duration.ofMillis(32_500));
    }
}
