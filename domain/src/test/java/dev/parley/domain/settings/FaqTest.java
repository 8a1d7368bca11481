package dev.parley.domain.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.domain.shared.InvalidValueException;
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
}
