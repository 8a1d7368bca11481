package dev.parley.domain.assistant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;

class AnswerThresholdsTest {

    @Test
    void the_default_is_a_valid_choice() {
        AnswerThresholds chosen = AnswerThresholds.DEFAULT;

        assertThat(new AnswerThresholds(chosen.minimumCoverage(), chosen.minimumLead(), chosen.minimumChoiceCoverage()))
                .isEqualTo(chosen);
        assertThat(chosen.minimumChoiceCoverage()).isLessThanOrEqualTo(chosen.minimumCoverage());
    }

    @Test
    void each_threshold_may_lie_on_the_edges_of_its_range() {
        assertThat(new AnswerThresholds(0.1, 1, 0.1).minimumLead()).isEqualTo(1);
        assertThat(new AnswerThresholds(1, 5, 1).minimumCoverage()).isEqualTo(1);
        assertThat(new AnswerThresholds(0.6, 1.3, 0.6).minimumChoiceCoverage()).isEqualTo(0.6);
    }

    @Test
    void a_threshold_outside_its_range_is_refused_with_what_it_may_be() {
        assertRefused(() -> new AnswerThresholds(0.09, 1.2, 0.09), "The minimum coverage must lie between 0.10 and 1");
        assertRefused(() -> new AnswerThresholds(1.01, 1.2, 0.5), "between 0.10 and 1; it is 1.01");
        assertRefused(() -> new AnswerThresholds(0.5, 0.99, 0.5), "The minimum lead must lie between 1 and 5");
        assertRefused(() -> new AnswerThresholds(0.5, 5.01, 0.5), "The minimum lead");
        assertRefused(
                () -> new AnswerThresholds(0.5, 1.2, 0.51),
                "The minimum coverage of a choice must lie between 0.10 and 0.50");
        assertRefused(() -> new AnswerThresholds(0.5, 1.2, 0.05), "The minimum coverage of a choice");
    }

    @Test
    void what_is_not_a_number_is_refused() {
        assertRefused(() -> new AnswerThresholds(Double.NaN, 1.2, 0.5), "it is NaN");
        assertRefused(() -> new AnswerThresholds(0.5, Double.NaN, 0.5), "The minimum lead");
        assertRefused(() -> new AnswerThresholds(0.5, Double.POSITIVE_INFINITY, 0.5), "The minimum lead");
        assertRefused(() -> new AnswerThresholds(0.5, 1.2, Double.NaN), "The minimum coverage of a choice");
    }

    private static void assertRefused(Runnable creation, String message) {
        assertThatThrownBy(creation::run)
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining(message)
                .extracting("code")
                .isEqualTo("invalid_answer_thresholds");
    }
}
