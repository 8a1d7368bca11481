package dev.parley.application.assistant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.domain.assistant.Answer;
import dev.parley.domain.assistant.AnswerKind;
import dev.parley.domain.assistant.AnswerThresholds;
import dev.parley.domain.assistant.KnowledgeEntry;
import dev.parley.domain.assistant.KnowledgeKind;
import dev.parley.domain.assistant.Source;
import dev.parley.domain.shared.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class KnowledgeAnswerServiceTest {

    private static final KnowledgeEntry DELIVERY = faq(
            "1",
            Optional.of(Language.ENGLISH),
            "How long does delivery take?",
            List.of("When will my parcel arrive?"),
            "Parcels arrive within two business days.");
    private static final KnowledgeEntry RETURNS = faq(
            "2",
            Optional.of(Language.ENGLISH),
            "How do I return an item?",
            List.of(),
            "Start a return within thirty days.");
    private static final KnowledgeEntry DOSTAWA = faq(
            "3",
            Optional.of(Language.POLISH),
            "Ile trwa dostawa?",
            List.of("Kiedy dotrze paczka?"),
            "Paczki docierają w ciągu dwóch dni roboczych.");

    private final InMemoryKnowledge knowledge = new InMemoryKnowledge();
    private final WordIndex index = new WordIndex();
    private final KnowledgeAnswerService service = new KnowledgeAnswerService(knowledge, index);

    @Test
    void a_clear_winner_is_answered_with_its_text_and_source() {
        knowledge.publish(DELIVERY, RETURNS, DOSTAWA);

        Answer answer = service.ask("When will my parcel arrive?", Language.ENGLISH);

        assertThat(answer.kind()).isEqualTo(AnswerKind.ANSWER);
        assertThat(answer.text()).contains("Parcels arrive within two business days.");
        assertThat(answer.sources())
                .containsExactly(new Source("faq:1", "How long does delivery take?", Optional.empty()));
        assertThat(answer.confidence()).isEqualTo(1);
        assertThat(answer.why()).contains("covers 4 of the question's 4 key words");
    }

    @Test
    void the_visitors_language_chooses_what_is_searched() {
        knowledge.publish(DELIVERY, RETURNS, DOSTAWA);

        Answer answer = service.ask("kiedy dotrze paczka", Language.POLISH);

        assertThat(answer.sources()).extracting(Source::ref).containsExactly("faq:3");
    }

    @Test
    void the_knowledge_is_indexed_once_for_as_long_as_it_does_not_change() {
        knowledge.publish(DELIVERY);

        service.ask("delivery", Language.ENGLISH);
        service.ask("parcel", Language.ENGLISH);
        service.ask("return", Language.ENGLISH);

        assertThat(index.replacements()).isEqualTo(1);
        assertThat(knowledge.reads()).isEqualTo(1);
        assertThat(index.searches()).isEqualTo(3);
    }

    @Test
    void a_change_of_the_knowledge_is_indexed_before_the_next_search() {
        knowledge.publish(DELIVERY);
        assertThat(service.ask("return item", Language.ENGLISH).kind()).isEqualTo(AnswerKind.NO_ANSWER);

        knowledge.publish(DELIVERY, RETURNS);
        Answer answer = service.ask("return item", Language.ENGLISH);

        assertThat(index.replacements()).isEqualTo(2);
        assertThat(index.entries()).containsExactly(DELIVERY, RETURNS);
        assertThat(answer.kind()).isEqualTo(AnswerKind.ANSWER);
        assertThat(answer.sources()).extracting(Source::ref).containsExactly("faq:2");
    }

    @Test
    void no_knowledge_at_all_is_no_answer() {
        Answer answer = service.ask("How long does delivery take?", Language.ENGLISH);

        assertThat(answer.kind()).isEqualTo(AnswerKind.NO_ANSWER);
        assertThat(answer.why()).isEqualTo("Nothing in the store's published knowledge matches the question.");
        assertThat(index.replacements()).isEqualTo(1);
    }

    @Test
    void a_blank_question_or_one_without_words_is_no_answer_and_searches_nothing() {
        knowledge.publish(DELIVERY);

        Answer blank = service.ask(" \n\t ", Language.ENGLISH);
        Answer marks = service.ask("?!? ... :)", Language.POLISH);

        assertThat(blank.kind()).isEqualTo(AnswerKind.NO_ANSWER);
        assertThat(blank.why()).isEqualTo("The question is empty.");
        assertThat(marks.kind()).isEqualTo(AnswerKind.NO_ANSWER);
        assertThat(marks.why()).isEqualTo("The question has no words to search for.");
        assertThat(index.searches()).isZero();
        assertThat(knowledge.reads()).isZero();
    }

    @Test
    void a_question_with_no_content_words_finds_nothing_to_answer() {
        knowledge.publish(DELIVERY, RETURNS);

        Answer answer = service.ask("and so, why?", Language.ENGLISH);

        assertThat(answer.kind()).isEqualTo(AnswerKind.NO_ANSWER);
        assertThat(answer.sources()).isEmpty();
    }

    @Test
    void the_stores_own_thresholds_decide_instead_of_the_defaults() {
        knowledge.publish(DELIVERY, RETURNS);
        String question = "delivery costs abroad";

        Answer byDefault = service.ask(question, Language.ENGLISH);
        Answer lenient = service.ask(question, Language.ENGLISH, new AnswerThresholds(0.3, 1.2, 0.3));

        assertThat(byDefault.kind()).isEqualTo(AnswerKind.NO_ANSWER);
        assertThat(byDefault.why()).contains("covers 1 of the question's 3 key words");
        assertThat(lenient.kind()).isEqualTo(AnswerKind.ANSWER);
        assertThat(lenient.sources()).extracting(Source::ref).containsExactly("faq:1");
    }

    @Test
    void a_failed_read_of_the_knowledge_is_reported_and_tried_again_with_the_next_question() {
        knowledge.publish(DELIVERY);
        knowledge.failWith(new IllegalStateException("database down"));

        assertThatThrownBy(() -> service.ask("delivery", Language.ENGLISH)).hasMessage("database down");
        assertThat(index.replacements()).isZero();

        knowledge.failWith(null);
        assertThat(service.ask("delivery", Language.ENGLISH).kind()).isEqualTo(AnswerKind.ANSWER);
        assertThat(index.replacements()).isEqualTo(1);
    }

    @Test
    void questions_arriving_together_after_a_change_rebuild_the_index_once_and_all_see_the_new_knowledge()
            throws Exception {
        knowledge.publish(DELIVERY);
        service.ask("delivery", Language.ENGLISH);
        knowledge.publish(DELIVERY, RETURNS);
        index.slowDown(50);

        int askers = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(askers);
        try {
            List<Future<Answer>> answers = new ArrayList<>();
            for (int i = 0; i < askers; i++) {
                Callable<Answer> ask = () -> {
                    start.await();
                    return service.ask("return item", Language.ENGLISH);
                };
                answers.add(pool.submit(ask));
            }
            start.countDown();
            for (Future<Answer> answer : answers) {
                assertThat(answer.get(10, TimeUnit.SECONDS).sources())
                        .extracting(Source::ref)
                        .containsExactly("faq:2");
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(index.replacements()).isEqualTo(2);
        assertThat(index.mostReplacingAtOnce()).isEqualTo(1);
        assertThat(knowledge.reads()).isEqualTo(2);
    }

    private static KnowledgeEntry faq(
            String id, Optional<Language> language, String question, List<String> phrasings, String answer) {
        return new KnowledgeEntry(KnowledgeKind.FAQ, id, language, question, phrasings, answer, Optional.empty());
    }
}
