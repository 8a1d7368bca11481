package dev.parley.domain.report;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The middle of a set of durations: half took no longer, half no shorter. */
public final class Median {

    private Median() {}

    /**
     * The median of the durations: the middle one of an odd count, the mean of the two middle ones (to the
     * millisecond, rounded down) of an even count.
     *
     * @return empty when there are none
     */
    public static Optional<Duration> of(Collection<Duration> durations) {
        if (durations.isEmpty()) {
            return Optional.empty();
        }
        List<Duration> sorted = new ArrayList<>(durations);
        sorted.sort(null);
        int middle = sorted.size() / 2;
        if (sorted.size() % 2 == 1) {
            return Optional.of(sorted.get(middle));
        }
        long lower = sorted.get(middle - 1).toMillis();
        long upper = sorted.get(middle).toMillis();
        return Optional.of(Duration.ofMillis(lower + (upper - lower) / 2));
    }
}
