package dev.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

class ResourcesTest {

    @Test
    void parleys_clock_ticks_in_the_microseconds_the_databases_keep() {
        Clock clock = new Resources().clock();
        for (int i = 0; i < 1_000; i++) {
            Instant now = clock.instant();
            assertThat(now.truncatedTo(ChronoUnit.MICROS))
                    .as("%s has no part below a microsecond", now)
                    .isEqualTo(now);
        }
    }
}
