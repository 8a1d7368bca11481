package dev.parley.domain.assistant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HitTest {

    private static final KnowledgeEntry FAQ = new KnowledgeEntry(
            KnowledgeKind.FAQ,
            "7",
            Optional.empty(),
            "How long does delivery take?",
            List.of(),
            "Two days.",
            Optional.empty());

    @Test
    void a_counted_hit_knows_its_coverage_from_its_words() {
        Hit hit = Hit.counted(FAQ, "Two days.", 3.2, 2, 5);

        assertThat(hit.coverage()).isEqualTo(0.4);
        assertThat(hit.counted()).isTrue();
        assertThat(new Hit(FAQ, "Two days.", 3.2, 0.4).counted()).isFalse();
    }

    @Test
    void coverage_and_words_must_agree() {
        assertThatThrownBy(() -> new Hit(FAQ, "Two days.", 1, 0.5, 2, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Hit.counted(FAQ, "Two days.", 1, 6, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Hit.counted(FAQ, "Two days.", 1, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Hit(FAQ, "Two days.", 1, 1.01)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Hit(FAQ, "Two days.", 1, Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }
}
