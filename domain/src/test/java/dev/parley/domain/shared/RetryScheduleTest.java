package dev.parley.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryScheduleTest {

    @Test
    void waits_longer_after_each_failure_and_gives_up_after_six_attempts() {
        RetrySchedule standard = RetrySchedule.standard();

        assertThat(standard.waitAfter(1)).contains(Duration.ofSeconds(30));
        assertThat(standard.waitAfter(2)).contains(Duration.ofMinutes(2));
        assertThat(standard.waitAfter(3)).contains(Duration.ofMinutes(10));
        assertThat(standard.waitAfter(4)).contains(Duration.ofHours(1));
        assertThat(standard.waitAfter(5)).contains(Duration.ofHours(1));
        assertThat(standard.waitAfter(6)).isEmpty();
        assertThat(standard.waitAfter(7)).isEmpty();
    }

    @Test
    void a_fixed_schedule_waits_alike_and_gives_up_alike() {
        RetrySchedule quick = RetrySchedule.every(Duration.ofSeconds(1));

        assertThat(quick.waitAfter(1)).contains(Duration.ofSeconds(1));
        assertThat(quick.waitAfter(5)).contains(Duration.ofSeconds(1));
        assertThat(quick.waitAfter(6)).isEmpty();
    }
}
