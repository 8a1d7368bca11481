package dev.parley.application.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.application.conversation.MovableClock;
import dev.parley.application.report.port.in.ReportSummary;
import dev.parley.application.report.port.out.ReportDataPort;
import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.report.ReportPeriod;
import dev.parley.domain.shared.InvalidValueException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReportServiceTest {

    private static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");
    private static final Instant T = Instant.parse("2026-11-20T09:00:00Z");

    /** What the port was asked, and fixed answers. */
    private final List<List<Instant>> askedBoundaries = new ArrayList<>();

    private final List<Instant> askedRange = new ArrayList<>();
    private List<ReportDataPort.Wait> waits = List.of();

    private final ReportDataPort data = new ReportDataPort() {
        @Override
        public List<Long> ticketsOpened(List<Instant> boundaries) {
            askedBoundaries.add(boundaries);
            List<Long> counts = new ArrayList<>();
            for (int i = 1; i < boundaries.size(); i++) {
                counts.add((long) i);
            }
            return counts;
        }

        @Override
        public List<Wait> waits(Instant from, Instant to) {
            askedRange.add(from);
            askedRange.add(to);
            return waits;
        }

        @Override
        public RatingCounts ratings(Instant from, Instant to) {
            return new RatingCounts(2, 1);
        }

        @Override
        public List<ReportSummary.RatedComment> latestComments(Instant from, Instant to, int limit) {
            return List.of(new ReportSummary.RatedComment(ConversationId.random(), false, "Slow", T));
        }
    };

    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-25T23:30:00Z"));
    private final ReportService service = new ReportService(data, () -> WARSAW, clock);

    private static ReportDataPort.Wait wait(int startSeconds, Integer answeredAfterSeconds, boolean first) {
        Instant since = T.plusSeconds(startSeconds);
        return new ReportDataPort.Wait(
                since, Optional.ofNullable(answeredAfterSeconds).map(since::plusSeconds), first);
    }

    @Test
    void counts_each_day_of_the_period_from_midnight_in_the_stores_zone() {
        ReportSummary summary = service.summary(ReportPeriod.parse("2026-11-01", "2026-11-03"));

        assertThat(askedBoundaries.get(0))
                .containsExactly(
                        Instant.parse("2026-10-31T23:00:00Z"),
                        Instant.parse("2026-11-01T23:00:00Z"),
                        Instant.parse("2026-11-02T23:00:00Z"),
                        Instant.parse("2026-11-03T23:00:00Z"));
        assertThat(askedRange)
                .containsExactly(Instant.parse("2026-10-31T23:00:00Z"), Instant.parse("2026-11-03T23:00:00Z"));
        assertThat(summary.conversationsPerDay())
                .containsExactly(
                        new ReportSummary.DayCount(LocalDate.of(2026, 11, 1), 1),
                        new ReportSummary.DayCount(LocalDate.of(2026, 11, 2), 2),
                        new ReportSummary.DayCount(LocalDate.of(2026, 11, 3), 3));
        assertThat(summary.conversations()).isEqualTo(6);
        assertThat(summary.zone()).isEqualTo(WARSAW);
    }

    @Test
    void the_last_days_end_today_in_the_stores_zone() {
        // 23:30 UTC on the 25th is already the 26th in Warsaw.
        ReportSummary summary = service.lastDays(7);

        assertThat(summary.period()).isEqualTo(ReportPeriod.parse("2026-11-20", "2026-11-26"));
        assertThat(summary.today()).isEqualTo(LocalDate.of(2026, 11, 26));
        assertThatThrownBy(() -> service.lastDays(0)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> service.lastDays(367)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void medians_count_answered_waits_only_and_the_first_response_is_the_first_wait() {
        waits = List.of(
                wait(0, 60, true),
                wait(100, 30, false),
                wait(200, 300, true),
                wait(300, 10, false),
                wait(400, null, true),
                wait(500, null, false));

        ReportSummary summary = service.summary(ReportPeriod.parse("2026-11-20", "2026-11-20"));

        assertThat(summary.firstResponse())
                .isEqualTo(new ReportSummary.Times(Optional.of(Duration.ofMinutes(3)), 2, 1));
        assertThat(summary.waiting()).isEqualTo(new ReportSummary.Times(Optional.of(Duration.ofSeconds(45)), 4, 2));
    }

    @Test
    void satisfaction_gives_the_share_of_good_ratings_rounded() {
        ReportSummary summary = service.summary(ReportPeriod.parse("2026-11-20", "2026-11-20"));

        assertThat(summary.satisfaction().good()).isEqualTo(2);
        assertThat(summary.satisfaction().bad()).isEqualTo(1);
        assertThat(summary.satisfaction().percentGood()).contains(67);
        assertThat(new ReportSummary.Satisfaction(0, 0, List.of()).percentGood())
                .isEmpty();
        assertThat(new ReportSummary.Satisfaction(1, 7, List.of()).percentGood())
                .contains(13);
        assertThat(summary.satisfaction().latestComments())
                .extracting(ReportSummary.RatedComment::comment)
                .containsExactly("Slow");
    }
}
