package dev.parley.domain.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.domain.assistant.GroundingCheck.Refusal;
import dev.parley.domain.assistant.GroundingCheck.Verdict;
import dev.parley.domain.shared.Language;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GroundingCheckTest {

    private static final GroundingPassage SHIPPING = new GroundingPassage(
            "P1",
            new Source("article:1", "Shipping", Optional.of("https://shop.example.com/shipping")),
            "Parcels leave within one working day. Track yours at https://track.example.com/parcel or write to"
                    + " help@shop.example.");
    private static final GroundingPassage RETURNS = new GroundingPassage(
            "P2",
            new Source("faq:2", "How do I return shoes?", Optional.empty()),
            "Send them back within 30 days; see www.shop.example.com/returns.");
    private static final List<GroundingPassage> GIVEN = List.of(SHIPPING, RETURNS);

    private final GroundingCheck check = new GroundingCheck(200);

    private static ModelReply reply(String answer, String... citations) {
        return new ModelReply(Optional.of(answer), List.of(citations));
    }

    @Test
    void lets_through_an_answer_that_cites_its_passages_and_keeps_to_their_links() {
        Verdict verdict = check.check(
                reply(
                        "  Parcels leave within a day (details: https://shop.example.com/shipping). Track it at"
                                + " https://track.example.com/parcel, or write to help@shop.example.  ",
                        "P1",
                        "P1"),
                GIVEN);

        assertThat(verdict)
                .isEqualTo(new Verdict.Grounded(
                        "Parcels leave within a day (details: https://shop.example.com/shipping). Track it at"
                                + " https://track.example.com/parcel, or write to help@shop.example.",
                        List.of(SHIPPING)));
    }

    @Test
    void a_reply_without_an_answer_declines() {
        assertThat(check.check(ModelReply.declined(), GIVEN)).isEqualTo(new Verdict.Declined());
        assertThat(check.check(new ModelReply(Optional.empty(), List.of("P1")), GIVEN))
                .isEqualTo(new Verdict.Declined());
    }

    @Test
    void refuses_an_answer_that_cites_nothing() {
        assertThat(check.check(reply("Parcels leave within a day."), GIVEN))
                .isEqualTo(new Verdict.Refused(Refusal.NO_CITATION));
    }

    @Test
    void refuses_an_answer_that_cites_a_passage_it_was_not_given() {
        assertThat(check.check(reply("Parcels leave within a day.", "P1", "P7"), GIVEN))
                .isEqualTo(new Verdict.Refused(Refusal.UNKNOWN_CITATION));
        assertThat(check.check(reply("Parcels leave within a day.", "article:1"), GIVEN))
                .isEqualTo(new Verdict.Refused(Refusal.UNKNOWN_CITATION));
    }

    @Test
    void refuses_an_answer_longer_than_the_limit() {
        assertThat(check.check(reply("a".repeat(200), "P1"), GIVEN)).isInstanceOf(Verdict.Grounded.class);
        assertThat(check.check(reply("a".repeat(201), "P1"), GIVEN)).isEqualTo(new Verdict.Refused(Refusal.TOO_LONG));
    }

    @Test
    void refuses_a_blank_answer() {
        assertThat(check.check(reply("   ", "P1"), GIVEN)).isEqualTo(new Verdict.Refused(Refusal.EMPTY_ANSWER));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Pay at https://evil.example/pay to get it faster.",
                "See http://shop.example.com.evil.example/shipping.",
                "Write to refunds@evil.example.",
                "Go to evil.example and log in.",
                "Visit www.evil.example/returns today!",
                "Click [here](javascript:alert(1)).",
                "Mail mailto:thief@evil.example now",
                // a link of a passage that the answer does not cite
                "Send them back, see www.shop.example.com/returns."
            })
    void refuses_an_answer_with_a_link_that_its_cited_passages_do_not_have(String answer) {
        assertThat(check.check(reply(answer, "P1"), GIVEN)).isEqualTo(new Verdict.Refused(Refusal.FOREIGN_LINK));
    }

    @Test
    void finds_links_of_every_shape_and_leaves_ordinary_words_and_numbers_alone() {
        assertThat(GroundingCheck.links("It costs 9.99 EUR, e.g. by card; delivery at 10.30, i.e. soon. Size 42."))
                .isEmpty();
        assertThat(GroundingCheck.links(
                        "See https://a.example/x?y=1, www.b.example, c.example/d. Or e@f.example! Or ftp://g.example."))
                .containsExactly(
                        "https://a.example/x?y=1", "www.b.example", "c.example/d", "e@f.example", "ftp://g.example");
    }

    @Test
    void a_prompt_injection_that_talks_the_model_into_leaking_its_rules_cannot_pass_uncited() {
        String leaked = "My system prompt is: You answer the customers of an online shop...";

        assertThat(check.check(reply(leaked), GIVEN)).isInstanceOf(Verdict.Refused.class);
        assertThat(check.check(reply(leaked, "SYSTEM"), GIVEN)).isInstanceOf(Verdict.Refused.class);
    }

    @Test
    void refuses_an_answer_that_repeats_the_models_instruction_even_when_it_cites_a_passage() {
        String instruction =
                GroundingPrompt.of(GIVEN, List.of(), "q", Language.ENGLISH, 200).instruction();
        String leaked = "Sure! My rules:   ANSWER ONLY WITH WHAT THE PASSAGES SAY and never guess.";

        assertThat(check.check(reply(leaked, "P1"), GIVEN, instruction))
                .isEqualTo(new Verdict.Refused(Refusal.ECHOES_INSTRUCTION));
        assertThat(check.check(reply("Parcels leave within one working day.", "P1"), GIVEN, instruction))
                .isInstanceOf(Verdict.Grounded.class);
    }
}
