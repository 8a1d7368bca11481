package dev.parley.adapters.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.domain.assistant.Hit;
import dev.parley.domain.assistant.KnowledgeEntry;
import dev.parley.domain.assistant.KnowledgeKind;
import dev.parley.domain.shared.Language;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LuceneKnowledgeIndexTest {

    private static final KnowledgeEntry RETURNS_EN = faq(
            "returns-en",
            Language.ENGLISH,
            "How do I return an item?",
            List.of("Can I send it back?"),
            "Within 30 days.");
    private static final KnowledgeEntry RETURNS_PL =
            faq("returns-pl", Language.POLISH, "Jak zwrócić towar?", List.of(), "Masz 30 dni na zwrot.");
    private static final KnowledgeEntry SHIPPING = new KnowledgeEntry(
            KnowledgeKind.ARTICLE,
            "shipping",
            Optional.of(Language.ENGLISH),
            "Shipping and delivery",
            List.of(),
            "# Delivery times\n" + sentences("Parcels arrive in two working days.") + "\n# Costs\n"
                    + sentences("Delivery costs 15 zł."),
            Optional.of("https://shop.example/shipping"));

    private final LuceneKnowledgeIndex index = new LuceneKnowledgeIndex();

    @Test
    void an_empty_index_finds_nothing() {
        assertThat(index.search("How do I return an item?", Language.ENGLISH, 5))
                .isEmpty();
    }

    @Test
    void finds_the_faq_by_its_question_and_by_its_other_phrasing() {
        index.replace(List.of(RETURNS_EN, SHIPPING));

        assertThat(top("how can I return my item", Language.ENGLISH).entry()).isEqualTo(RETURNS_EN);
        assertThat(top("can I send it back", Language.ENGLISH).entry()).isEqualTo(RETURNS_EN);
    }

    @Test
    void finds_the_article_section_that_answers_and_says_how_much_of_the_question_it_covers() {
        index.replace(List.of(RETURNS_EN, SHIPPING));

        Hit hit = top("what are the delivery costs?", Language.ENGLISH);

        assertThat(hit.entry()).isEqualTo(SHIPPING);
        assertThat(hit.passage()).contains("15 zł").doesNotContain("two working days");
        assertThat(hit.coverage()).isEqualTo(1.0);
    }

    @Test
    void a_hit_carries_the_stems_of_its_own_section_beyond_the_questions_so_the_gate_can_tell_passages_alike() {
        index.replace(List.of(RETURNS_EN, SHIPPING));

        Hit hit = top("what are the delivery costs?", Language.ENGLISH);

        assertThat(hit.terms())
                .as("what it says beyond the question's own words, of its own section only")
                .containsExactlyInAnyOrder("15", "zl");
    }

    @Test
    void searches_in_the_visitors_language_and_in_the_stores_when_it_has_nothing_in_the_visitors() {
        index.replace(List.of(RETURNS_EN, RETURNS_PL));

        assertThat(top("jak zwrócić buty", Language.POLISH).entry()).isEqualTo(RETURNS_PL);
        assertThat(top("how do I return shoes", Language.ENGLISH).entry()).isEqualTo(RETURNS_EN);

        index.replace(List.of(RETURNS_EN));
        assertThat(top("return an item", Language.POLISH).entry()).isEqualTo(RETURNS_EN);
    }

    @Test
    void takes_a_word_found_nowhere_for_a_typo_of_one_that_is() {
        index.replace(List.of(RETURNS_EN, SHIPPING));

        assertThat(top("how do I retrun an item", Language.ENGLISH).entry()).isEqualTo(RETURNS_EN);
    }

    @Test
    void a_country_the_knowledge_does_not_name_is_searched_as_the_word_country() {
        KnowledgeEntry countries = faq(
                "countries",
                Language.ENGLISH,
                "Which countries do you ship to?",
                List.of(),
                "Poland and the other countries of the European Union.");
        KnowledgeEntry kraje =
                faq("kraje", Language.POLISH, "Do jakich krajów wysyłacie?", List.of(), "Do Polski i krajów Unii.");
        index.replace(List.of(RETURNS_EN, SHIPPING, countries, kraje));

        Hit germany = top("do you ship to Germany?", Language.ENGLISH);
        Hit usa = top("shipping to the USA", Language.ENGLISH);
        Hit hiszpania = top("wysyłka Hiszpania", Language.POLISH);
        Hit niemcy = top("czy wysyłacie do Niemiec?", Language.POLISH);
        Hit stany = top("wysyłka do USA", Language.POLISH);

        assertThat(List.of(germany, usa, hiszpania, niemcy, stany))
                .allSatisfy(hit -> assertThat(hit.coverage()).isEqualTo(1.0));
        assertThat(List.of(niemcy, stany)).extracting(Hit::entry).containsOnly(kraje);
        assertThat(germany.entry()).isEqualTo(countries);
        assertThat(usa.entry()).isEqualTo(countries);
        assertThat(hiszpania.entry()).isEqualTo(kraje);
    }

    @Test
    void a_country_name_that_is_an_everyday_word_or_shares_a_stem_with_one_is_not_taken_for_a_country() {
        KnowledgeEntry countries =
                faq("countries", Language.ENGLISH, "Which countries do you ship to?", List.of(), "The European Union.");
        KnowledgeEntry kraje =
                faq("kraje", Language.POLISH, "Do jakich krajów wysyłacie?", List.of(), "Do krajów Unii.");
        index.replace(List.of(countries, kraje));

        assertThat(index.search("jersey", Language.ENGLISH, 5))
                .as("a jersey is a shirt")
                .isEmpty();
        assertThat(index.search("turkey", Language.ENGLISH, 5)).isEmpty();
        assertThat(index.search("mały", Language.POLISH, 5))
                .as("Mali's stem, not Mali")
                .isEmpty();
        assertThat(index.search("dania", Language.POLISH, 5))
                .as("dishes, or Denmark")
                .isEmpty();
        assertThat(top("Mali", Language.POLISH).entry()).isEqualTo(kraje);
    }

    @Test
    void a_country_the_knowledge_names_is_searched_as_itself() {
        KnowledgeEntry poland = faq("poland", Language.ENGLISH, "Delivery in Poland", List.of(), "Two days.");
        KnowledgeEntry countries =
                faq("countries", Language.ENGLISH, "Delivery to other countries", List.of(), "Five days.");
        index.replace(List.of(poland, countries));

        assertThat(top("delivery Poland", Language.ENGLISH).entry()).isEqualTo(poland);
        assertThat(top("delivery Germany", Language.ENGLISH).entry()).isEqualTo(countries);
    }

    @Test
    void a_replaced_index_no_longer_finds_what_was_taken_out() {
        index.replace(List.of(RETURNS_EN, SHIPPING));
        index.replace(List.of(SHIPPING));

        assertThat(index.search("can I send it back", Language.ENGLISH, 5))
                .extracting(Hit::entry)
                .doesNotContain(RETURNS_EN);
        assertThat(index.passages()).as("the article's two sections").isEqualTo(2);
    }

    /** A section long enough to be a passage of its own ({@link Passages#SHORTEST}). */
    private static String sentences(String sentence) {
        return (sentence + " ")
                .repeat(Passages.SHORTEST / sentence.length() + 1)
                .strip();
    }

    private Hit top(String question, Language language) {
        List<Hit> hits = index.search(question, language, 5);
        assertThat(hits).as("hits for %s", question).isNotEmpty();
        return hits.get(0);
    }

    private static KnowledgeEntry faq(
            String id, Language language, String question, List<String> phrasings, String answer) {
        return new KnowledgeEntry(
                KnowledgeKind.FAQ, id, Optional.of(language), question, phrasings, answer, Optional.empty());
    }
}
