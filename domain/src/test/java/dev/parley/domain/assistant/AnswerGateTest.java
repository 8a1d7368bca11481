package dev.parley.domain.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AnswerGateTest {

    private static final AnswerThresholds THRESHOLDS = new AnswerThresholds(0.6, 1.25, 0.5);
    private final AnswerGate gate = new AnswerGate(THRESHOLDS);

    private static final KnowledgeEntry SHIPPING = faq("1", "How long does delivery take?", "Two days in Poland.");
    private static final KnowledgeEntry COSTS = faq("2", "How much does delivery cost?", "12.99 zł.");
    private static final KnowledgeEntry COUNTRIES = faq("3", "Which countries do you ship to?", "The EU.");
    private static final KnowledgeEntry RETURNS = faq("4", "How do I return an item?", "Within 30 days.");
    private static final KnowledgeEntry POLICY = new KnowledgeEntry(
            KnowledgeKind.ARTICLE,
            "9",
            Optional.empty(),
            "Shipping and delivery",
            List.of(),
            "# Dispatch\nSame day.\n# Costs\n12.99 zł.",
            Optional.of("https://shop.example/shipping"));

    @Test
    void nothing_found_is_no_answer() {
        Answer answer = gate.decide(List.of());

        assertThat(answer.kind()).isEqualTo(AnswerKind.NO_ANSWER);
        assertThat(answer.sources()).isEmpty();
        assertThat(answer.confidence()).isZero();
        assertThat(answer.why()).isEqualTo("Nothing in the store's published knowledge matches the question.");
    }

    @Test
    void a_clear_winner_is_answered_with_its_passage_and_source() {
        Answer answer = gate.decide(List.of(
                Hit.counted(POLICY, "Costs\n12.99 zł.", 8, 3, 3),
                Hit.counted(SHIPPING, "Two days in Poland.", 4, 1, 3)));

        assertThat(answer.kind()).isEqualTo(AnswerKind.ANSWER);
        assertThat(answer.text()).contains("Costs\n12.99 zł.");
        assertThat(answer.sources())
                .containsExactly(
                        new Source("article:9", "Shipping and delivery", Optional.of("https://shop.example/shipping")));
        assertThat(answer.confidence()).isEqualTo(0.75);
        assertThat(answer.why())
                .isEqualTo(
                        "The best match, \u201CShipping and delivery\u201D, covers 3 of the question's 3 key words and"
                                + " scores 2.0 times the next one, \u201CHow long does delivery take?\u201D.");
    }

    @Test
    void a_single_match_that_covers_enough_is_answered_with_its_coverage_as_confidence() {
        Answer answer = gate.decide(List.of(Hit.counted(SHIPPING, "Two days in Poland.", 0.4, 3, 5)));

        assertThat(answer.kind()).isEqualTo(AnswerKind.ANSWER);
        assertThat(answer.confidence()).isEqualTo(0.6);
        assertThat(answer.why()).endsWith("covers 3 of the question's 5 key words and nothing else matches.");
    }

    @Test
    void coverage_just_below_the_minimum_is_no_answer_and_says_how_much_was_covered() {
        Answer answer = gate.decide(List.of(Hit.counted(SHIPPING, "Two days in Poland.", 9, 1, 2)));

        assertThat(answer.kind()).isEqualTo(AnswerKind.NO_ANSWER);
        assertThat(answer.text()).isEmpty();
        assertThat(answer.why())
                .isEqualTo("The best match, \u201CHow long does delivery take?\u201D, covers 1 of the question's 2 key"
                        + " words; at least 60 % are needed.");
    }

    @Test
    void a_lead_of_exactly_the_minimum_answers_and_just_below_it_offers_choices() {
        assertThat(gate.decide(List.of(Hit.counted(SHIPPING, "a", 5, 2, 2), Hit.counted(COSTS, "b", 4, 2, 2)))
                        .kind())
                .isEqualTo(AnswerKind.ANSWER);

        Answer close = gate.decide(List.of(Hit.counted(SHIPPING, "a", 4.99, 2, 2), Hit.counted(COSTS, "b", 4, 2, 2)));

        assertThat(close.kind()).isEqualTo(AnswerKind.CHOICES);
        assertThat(close.sources()).extracting(Source::ref).containsExactly("faq:1", "faq:2");
        assertThat(close.text()).isEmpty();
        assertThat(close.why())
                .isEqualTo("Two answers are close (\u201CHow long does delivery take?\u201D scores only 1.2 times"
                        + " \u201CHow much does delivery cost?\u201D); the visitor chooses.");
        assertThat(close.confidence()).isBetween(0.5, 0.6);
    }

    @Test
    void coverage_of_exactly_the_minimum_answers() {
        assertThat(gate.decide(List.of(Hit.counted(SHIPPING, "a", 5, 3, 5))).kind())
                .isEqualTo(AnswerKind.ANSWER);
        assertThat(gate.decide(List.of(Hit.counted(SHIPPING, "a", 5, 2, 5))).kind())
                .isEqualTo(AnswerKind.NO_ANSWER);
    }

    @Test
    void two_passages_of_one_entry_are_not_a_close_call() {
        Answer answer = gate.decide(List.of(
                Hit.counted(POLICY, "Dispatch\nSame day.", 5, 2, 2),
                Hit.counted(POLICY, "Costs\n12.99 zł.", 4.9, 2, 2),
                Hit.counted(RETURNS, "Within 30 days.", 1, 1, 2)));

        assertThat(answer.kind()).isEqualTo(AnswerKind.ANSWER);
        assertThat(answer.text()).contains("Dispatch\nSame day.");
        assertThat(answer.why()).contains("scores 5.0 times the next one, \u201CHow do I return an item?\u201D");
    }

    @Test
    void an_faq_and_an_article_section_that_say_the_same_are_one_answer_not_a_close_call() {
        Set<String> returnsWords = Set.of("return", "30", "day", "tag", "label");
        Answer answer = gate.decide(List.of(
                Hit.counted(RETURNS, "Within 30 days.", 5, 2, 2, returnsWords),
                Hit.counted(POLICY, "Returns\nWithin 30 days, with tags.", 4.8, 2, 2, Set.of("return", "30", "day")),
                Hit.counted(COUNTRIES, "The EU.", 2, 1, 2, Set.of("ship", "eu", "day"))));

        assertThat(answer.kind()).isEqualTo(AnswerKind.ANSWER);
        assertThat(answer.sources()).extracting(Source::ref).containsExactly("faq:4");
        assertThat(answer.confidence()).isEqualTo(0.8);
        assertThat(answer.why())
                .isEqualTo(
                        "The best match, \u201CHow do I return an item?\u201D, covers 2 of the question's 2 key words"
                                + " and scores 2.5 times the next one that says something else, \u201CWhich countries do you"
                                + " ship to?\u201D. \u201CShipping and delivery\u201D says much the same.");
    }

    @Test
    void passages_alike_in_two_fifths_of_their_terms_say_the_same_and_in_less_are_still_a_close_call() {
        Hit returns = Hit.counted(RETURNS, "Within 30 days.", 5, 2, 2, Set.of("30", "day", "tag", "label", "qr"));
        Hit costs = Hit.counted(COSTS, "12.99 zł.", 4.8, 2, 2, Set.of("30", "day", "zł", "courier", "dpd"));
        Hit longer = Hit.counted(
                RETURNS, "Within 30 days.", 5, 2, 2, Set.of("30", "day", "tag", "label", "qr", "box", "print", "shop"));
        Hit lessAlike = Hit.counted(
                COSTS, "12.99 zł.", 4.8, 2, 2, Set.of("30", "day", "tag", "zł", "courier", "dpd", "inpost", "eu"));

        Answer twoFifths = gate.decide(List.of(returns, costs));
        Answer threeEighths = gate.decide(List.of(longer, lessAlike));

        assertThat(returns.likeness(costs)).isEqualTo(AnswerGate.SAME_ANSWER);
        assertThat(twoFifths.kind()).isEqualTo(AnswerKind.ANSWER);
        assertThat(twoFifths.why())
                .endsWith("nothing else matches that says something else. \u201CHow much does delivery cost?\u201D"
                        + " says much the same.");
        assertThat(longer.likeness(lessAlike)).isEqualTo(3 / 8.0);
        assertThat(threeEighths.kind()).isEqualTo(AnswerKind.CHOICES);
        assertThat(threeEighths.sources()).extracting(Source::ref).containsExactly("faq:4", "faq:2");
    }

    @Test
    void a_close_call_names_the_entry_that_says_something_else_beside_the_best() {
        Set<String> returnsWords = Set.of("30", "day", "tag", "label");
        Answer answer = gate.decide(List.of(
                Hit.counted(RETURNS, "Within 30 days.", 5, 2, 2, returnsWords),
                Hit.counted(POLICY, "Returns within 30 days.", 4.9, 2, 2, returnsWords),
                Hit.counted(COUNTRIES, "The EU.", 4.5, 2, 2, Set.of("eu", "ship"))));

        assertThat(answer.kind()).isEqualTo(AnswerKind.CHOICES);
        assertThat(answer.why())
                .startsWith("Three answers are close (\u201CHow do I return an item?\u201D scores only 1.1 times"
                        + " \u201CWhich countries do you ship to?\u201D)");
    }

    @Test
    void hits_count_by_score_whatever_their_order() {
        Answer answer = gate.decide(List.of(Hit.counted(COSTS, "b", 1, 2, 2), Hit.counted(SHIPPING, "a", 3, 2, 2)));

        assertThat(answer.sources()).extracting(Source::ref).containsExactly("faq:1");
    }

    @Test
    void at_most_three_choices_of_the_close_entries_that_cover_enough_best_first() {
        Answer answer = gate.decide(List.of(
                Hit.counted(SHIPPING, "a", 10, 2, 2),
                Hit.counted(COSTS, "b", 9.5, 1, 2),
                Hit.counted(RETURNS, "c", 9.4, 0, 2),
                Hit.counted(COUNTRIES, "d", 9, 2, 2),
                Hit.counted(POLICY, "e", 8.5, 2, 2)));

        assertThat(answer.kind()).isEqualTo(AnswerKind.CHOICES);
        assertThat(answer.sources()).extracting(Source::ref).containsExactly("faq:1", "faq:2", "faq:3");
        assertThat(answer.why()).startsWith("Three answers are close");
    }

    @Test
    void an_entry_the_best_leads_clearly_is_no_choice() {
        Answer answer = gate.decide(List.of(
                Hit.counted(SHIPPING, "a", 10, 2, 2),
                Hit.counted(COSTS, "b", 9, 2, 2),
                Hit.counted(RETURNS, "c", 7, 2, 2)));

        assertThat(answer.sources()).extracting(Source::ref).containsExactly("faq:1", "faq:2");
    }

    @Test
    void too_little_coverage_to_answer_can_still_offer_close_choices_that_cover_enough_for_a_choice() {
        Answer answer = gate.decide(List.of(Hit.counted(SHIPPING, "a", 10, 1, 2), Hit.counted(COSTS, "b", 9, 1, 2)));

        assertThat(answer.kind()).isEqualTo(AnswerKind.CHOICES);
        assertThat(answer.why())
                .isEqualTo("The best match, \u201CHow long does delivery take?\u201D, covers 1 of the question's 2 key"
                        + " words, too few to answer (at least 60 % are needed); the two closest matches are offered as"
                        + " choices.");
    }

    @Test
    void choices_need_two_that_cover_enough_for_a_choice() {
        Answer answer = gate.decide(List.of(Hit.counted(SHIPPING, "a", 10, 3, 3), Hit.counted(COSTS, "b", 9, 1, 3)));

        assertThat(answer.kind()).isEqualTo(AnswerKind.NO_ANSWER);
        assertThat(answer.why())
                .isEqualTo("Two answers are close (\u201CHow long does delivery take?\u201D scores only 1.1 times"
                        + " \u201CHow much does delivery cost?\u201D), and fewer than two of them cover 50 % of the"
                        + " question's key words to be offered as choices.");
    }

    @Test
    void too_little_coverage_and_nothing_close_is_no_answer() {
        Answer answer = gate.decide(List.of(Hit.counted(SHIPPING, "a", 10, 1, 2), Hit.counted(COSTS, "b", 2, 1, 2)));

        assertThat(answer.kind()).isEqualTo(AnswerKind.NO_ANSWER);
        assertThat(answer.why()).contains("covers 1 of the question's 2 key words; at least 60 % are needed");
    }

    @Test
    void a_best_match_below_the_choice_coverage_is_left_out_of_the_choices() {
        Answer answer = gate.decide(List.of(
                Hit.counted(SHIPPING, "a", 10, 0, 2),
                Hit.counted(COSTS, "b", 9, 1, 2),
                Hit.counted(RETURNS, "c", 8.5, 1, 2)));

        assertThat(answer.kind()).isEqualTo(AnswerKind.CHOICES);
        assertThat(answer.sources()).extracting(Source::ref).containsExactly("faq:2", "faq:4");
    }

    @Test
    void confidence_grows_with_coverage_and_lead_and_stays_within_zero_and_one() {
        double narrow = gate.decide(List.of(Hit.counted(SHIPPING, "a", 5, 2, 2), Hit.counted(COSTS, "b", 4, 1, 2)))
                .confidence();
        double wide = gate.decide(List.of(Hit.counted(SHIPPING, "a", 8, 2, 2), Hit.counted(COSTS, "b", 2, 1, 2)))
                .confidence();
        double partial = gate.decide(List.of(Hit.counted(SHIPPING, "a", 8, 2, 3), Hit.counted(COSTS, "b", 2, 1, 3)))
                .confidence();

        assertThat(narrow).isEqualTo(0.6);
        assertThat(wide).isEqualTo(0.88);
        assertThat(partial).isEqualTo(0.58);
        assertThat(gate.decide(List.of(Hit.counted(SHIPPING, "a", 8, 2, 2))).confidence())
                .isEqualTo(1);
    }

    @Test
    void a_lead_of_one_never_makes_a_close_call() {
        AnswerGate decisive = new AnswerGate(new AnswerThresholds(0.6, 1, 0.5));

        Answer answer = decisive.decide(List.of(Hit.counted(SHIPPING, "a", 4, 2, 2), Hit.counted(COSTS, "b", 4, 2, 2)));

        assertThat(answer.kind()).isEqualTo(AnswerKind.ANSWER);
        assertThat(answer.sources()).extracting(Source::ref).containsExactly("faq:1");
        assertThat(answer.confidence()).isEqualTo(0.5);
    }

    @Test
    void a_runner_up_without_a_score_does_not_hold_the_answer_back() {
        Answer answer = gate.decide(List.of(Hit.counted(SHIPPING, "a", 4, 2, 2), Hit.counted(COSTS, "b", 0, 2, 2)));

        assertThat(answer.kind()).isEqualTo(AnswerKind.ANSWER);
        assertThat(answer.why()).endsWith("and nothing else matches.");
    }

    @Test
    void hits_whose_words_were_not_counted_are_explained_in_shares() {
        Answer answer = gate.decide(List.of(new Hit(SHIPPING, "a", 4, 0.25)));

        assertThat(answer.why()).contains("covers 25 % of the question's key words; at least 60 % are needed");
    }

    private static KnowledgeEntry faq(String id, String question, String answer) {
        return new KnowledgeEntry(
                KnowledgeKind.FAQ, id, Optional.empty(), question, List.of(), answer, Optional.empty());
    }
}
