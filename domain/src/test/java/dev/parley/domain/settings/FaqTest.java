package dev.parley.domain.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.domain.shared.InvalidValueException;
import dev.parley.domain.shared.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class FaqTest {

    private final FaqId id = FaqId.random();

    @Test
    void a_draft_is_unpublished_until_published() {
        Faq draft = Faq.draft(id, "Do you ship abroad?", "Yes, to all of the EU.");

        assertThat(draft.published()).isFalse();
        assertThat(draft.publish().published()).isTrue();
        assertThat(draft.publish().unpublish().published()).isFalse();
    }

    @Test
    void question_and_answer_are_trimmed() {
        Faq faq = Faq.draft(id, "  Do you ship abroad? ", "\nYes. ");

        assertThat(faq.question()).isEqualTo("Do you ship abroad?");
        assertThat(faq.answer()).isEqualTo("Yes.");
    }

    @Test
    void accepts_a_question_of_one_character_and_of_exactly_the_limit() {
        assertThat(Faq.draft(id, "?", "Yes.").question()).isEqualTo("?");
        assertThat(Faq.draft(id, "q".repeat(200), "Yes.").question()).hasSize(200);
    }

    @Test
    void refuses_an_empty_question_and_one_character_more_than_the_limit() {
        assertThatThrownBy(() -> Faq.draft(id, " ", "Yes."))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("An FAQ needs a question.")
                .extracting("code")
                .isEqualTo("invalid_faq_question");
        assertThatThrownBy(() -> Faq.draft(id, "q".repeat(201), "Yes."))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("An FAQ question can be at most 200 characters long; this one has 201.")
                .extracting("code")
                .isEqualTo("invalid_faq_question");
    }

    @Test
    void accepts_an_answer_of_one_character_and_of_exactly_the_limit() {
        assertThat(Faq.draft(id, "Open on Sunday?", "N").answer()).isEqualTo("N");
        assertThat(Faq.draft(id, "Open on Sunday?", "a".repeat(2_000)).answer()).hasSize(2_000);
    }

    @Test
    void refuses_an_empty_answer_and_one_character_more_than_the_limit() {
        assertThatThrownBy(() -> Faq.draft(id, "Open on Sunday?", ""))
                .isInstanceOf(InvalidValueException.class)
                .extracting("code")
                .isEqualTo("invalid_faq_answer");
        assertThatThrownBy(() -> Faq.draft(id, "Open on Sunday?", "a".repeat(2_001)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("2000")
                .extracting("code")
                .isEqualTo("invalid_faq_answer");
    }

    @Test
    void an_id_that_is_not_a_uuid_names_no_faq() {
        assertThatThrownBy(() -> FaqId.parse("not-an-id"))
                .isInstanceOf(FaqNotFoundException.class)
                .extracting("code")
                .isEqualTo("faq_not_found");
        assertThat(FaqId.parse(id.toString())).isEqualTo(id);
    }

    @Test
    void an_faq_has_no_phrasings_unless_given_and_keeps_them_through_every_change() {
        Faq faq = Faq.draft(id, "How long is shipping?", "Two days.");
        assertThat(faq.phrasings()).isEmpty();

        Faq phrased = faq.withPhrasings(List.of("When will my parcel arrive?", "Delivery time"));

        assertThat(phrased.phrasings()).containsExactly("When will my parcel arrive?", "Delivery time");
        assertThat(phrased.publish().unpublish().withAnswer("Three days.").withQuestion("Shipping time?"))
                .extracting(Faq::phrasings)
                .isEqualTo(phrased.phrasings());
        assertThat(phrased.withLanguage(Optional.of(Language.ENGLISH)).phrasings())
                .isEqualTo(phrased.phrasings());
    }

    @Test
    void a_phrasing_is_cleaned_onto_one_line() {
        Faq faq = Faq.draft(id, "Returns?", "30 days.")
                .withPhrasings(List.of("  Can I\n  send it\tback?\u200B ", "\u202Ezwrot"));

        assertThat(faq.phrasings()).containsExactly("Can I send it back?", "zwrot");
    }

    @Test
    void accepts_a_phrasing_of_one_character_and_of_exactly_the_limit() {
        Faq faq = Faq.draft(id, "Returns?", "30 days.").withPhrasings(List.of("r", "p".repeat(300)));

        assertThat(faq.phrasings()).containsExactly("r", "p".repeat(300));
    }

    @Test
    void refuses_an_empty_phrasing_one_character_more_than_the_limit_and_control_characters() {
        Faq faq = Faq.draft(id, "Returns?", "30 days.");
        for (String wrong : new String[] {"", " \u200B\n ", "p".repeat(301), "bell\u0007"}) {
            assertThatThrownBy(() -> faq.withPhrasings(List.of("fine", wrong)))
                    .as(wrong)
                    .isInstanceOf(InvalidValueException.class)
                    .extracting("code")
                    .isEqualTo("invalid_faq_phrasing");
        }
    }

    @Test
    void drops_phrasings_that_say_the_same_as_the_question_or_an_earlier_phrasing() {
        Faq faq = Faq.draft(id, "How long is shipping?", "Two days.")
                .withPhrasings(List.of(
                        "how long is SHIPPING",
                        "Delivery time",
                        "delivery  time?",
                        "Delivery time!",
                        "How long is shipping to Poland?"));

        assertThat(faq.phrasings()).containsExactly("Delivery time", "How long is shipping to Poland?");
    }

    @Test
    void accepts_ten_phrasings_and_refuses_eleven_counted_after_duplicates_are_dropped() {
        List<String> ten =
                IntStream.rangeClosed(1, 10).mapToObj(n -> "Phrasing " + n).toList();
        Faq faq = Faq.draft(id, "Returns?", "30 days.");

        List<String> tenAndDuplicates = new ArrayList<>(ten);
        tenAndDuplicates.add("phrasing 1");
        tenAndDuplicates.add("Returns");
        assertThat(faq.withPhrasings(tenAndDuplicates).phrasings()).isEqualTo(ten);

        List<String> eleven = new ArrayList<>(ten);
        eleven.add("Phrasing 11");
        assertThatThrownBy(() -> faq.withPhrasings(eleven))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("An FAQ can have at most 10 other phrasings of its question; this one has 11.")
                .extracting("code")
                .isEqualTo("too_many_faq_phrasings");
    }
}
