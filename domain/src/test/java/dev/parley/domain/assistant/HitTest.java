package dev.parley.domain.assistant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.Set;
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

    @Test
    void likeness_is_the_share_of_the_shorter_passages_words_the_other_contains() {
        Hit faq = Hit.counted(FAQ, "a", 1, 1, 1, Set.of("return", "30", "day", "tag"));
        Hit section = Hit.counted(FAQ, "b", 1, 1, 1, Set.of("return", "30", "day", "label", "parcel", "locker"));
        Hit other = Hit.counted(FAQ, "c", 1, 1, 1, Set.of("refund", "14", "day"));

        assertThat(faq.likeness(section)).isEqualTo(0.75);
        assertThat(section.likeness(faq)).isEqualTo(0.75);
        assertThat(faq.likeness(other)).isEqualTo(1 / 3.0);
        assertThat(faq.likeness(faq)).isEqualTo(1.0);
    }

    @Test
    void a_hit_without_terms_is_like_nothing() {
        Hit withTerms = Hit.counted(FAQ, "a", 1, 1, 1, Set.of("return"));
        Hit without = Hit.counted(FAQ, "a", 1, 1, 1);

        assertThat(withTerms.likeness(without)).isZero();
        assertThat(without.likeness(withTerms)).isZero();
        assertThat(without.terms()).isEmpty();
    }
}
