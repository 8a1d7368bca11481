package dev.parley.adapters.knowledge;

import dev.parley.domain.assistant.Answer;
import dev.parley.domain.assistant.AnswerKind;
import dev.parley.domain.assistant.Source;
import dev.parley.domain.shared.Language;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The retrieval's evaluation set ({@code assistant/eval.json}): questions a shopper asks the demo store, each with the
 * keys of the entries that answer it, or {@code none} (nothing in the store's knowledge does: it must not be answered),
 * or {@code person} (the visitor asks for a person: a keyword trigger hands those off before the retrieval; here they
 * must at least not get a confident wrong answer). What the figures mean is in docs/assistant.md.
 */
final class RetrievalEvaluation {

    static final String RESOURCE = "/assistant/eval.json";

    /** As many passages as the service searches for the gate. */
    static final int PASSAGES_SEARCHED = 12;

    private RetrievalEvaluation() {}

    /**
     * A question of the set, in the visitor's language, with what answers it.
     *
     * @param heldOut whether it belongs to the held-out part, written before the retrieval was tuned on the rest and
     *     never looked at while tuning it
     */
    record Question(boolean heldOut, Language language, String text, List<String> expected) {

        boolean none() {
            return expected.equals(List.of("none"));
        }

        boolean person() {
            return expected.equals(List.of("person"));
        }

        boolean answerable() {
            return !none() && !person();
        }
    }

    /** What became of a question. */
    enum Verdict {
        /** Answered from an entry that answers it. */
        RIGHT,
        /** Choices, one of which answers it. */
        CHOICES_WITH_RIGHT,
        /** Choices, none of which answers it (or any choices for a question nothing answers). */
        CHOICES_WITHOUT_RIGHT,
        /** No answer. */
        NO_ANSWER,
        /** Answered from an entry that does not answer it: a confident wrong answer. */
        WRONG
    }

    record Outcome(Question question, Answer answer) {

        Verdict verdict() {
            List<String> keys = answer.sources().stream()
                    .map(Source::ref)
                    .map(DemoKnowledge::keyOf)
                    .toList();
            boolean right = question.answerable() && keys.stream().anyMatch(question.expected()::contains);
            return switch (answer.kind()) {
                case ANSWER -> right ? Verdict.RIGHT : Verdict.WRONG;
                case CHOICES -> right ? Verdict.CHOICES_WITH_RIGHT : Verdict.CHOICES_WITHOUT_RIGHT;
                case NO_ANSWER -> Verdict.NO_ANSWER;
            };
        }
    }

    static List<Question> questions() {
        try (InputStream in = RetrievalEvaluation.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing");
            }
            try (JsonReader reader = Json.createReader(in)) {
                return reader.readObject().getJsonArray("questions").getValuesAs(JsonObject.class).stream()
                        .map(item -> new Question(
                                item.getString("set").equals("held-out"),
                                Language.of(item.getString("language")).orElseThrow(),
                                item.getString("question"),
                                item.getJsonArray("expect").getValuesAs(JsonString.class).stream()
                                        .map(JsonString::getString)
                                        .toList()))
                        .toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Outcome> evaluate(List<Question> questions, Function<Question, Answer> asking) {
        return questions.stream()
                .map(question -> new Outcome(question, asking.apply(question)))
                .toList();
    }

    /** The figures of some outcomes. */
    record Figures(
            int answerable,
            int right,
            int choicesWithRight,
            int choicesWithoutRight,
            int missed,
            int wrong,
            int none,
            int noneNoAnswer,
            int noneChoices,
            int noneAnswered,
            int person,
            int personNoAnswer,
            int personChoices,
            int personAnswered) {

        static Figures of(List<Outcome> outcomes) {
            List<Outcome> answerable = only(outcomes, Question::answerable);
            List<Outcome> none = only(outcomes, Question::none);
            List<Outcome> person = only(outcomes, Question::person);
            return new Figures(
                    answerable.size(),
                    count(answerable, Verdict.RIGHT),
                    count(answerable, Verdict.CHOICES_WITH_RIGHT),
                    count(answerable, Verdict.CHOICES_WITHOUT_RIGHT),
                    count(answerable, Verdict.NO_ANSWER),
                    count(answerable, Verdict.WRONG),
                    none.size(),
                    count(none, Verdict.NO_ANSWER),
                    count(none, Verdict.CHOICES_WITHOUT_RIGHT),
                    count(none, Verdict.WRONG),
                    person.size(),
                    count(person, Verdict.NO_ANSWER),
                    count(person, Verdict.CHOICES_WITHOUT_RIGHT),
                    count(person, Verdict.WRONG));
        }

        /** Answered from a right entry, of the questions that have an answer. */
        double accuracyAt1() {
            return share(right, answerable);
        }

        /** Offered choices that include a right entry, of the questions that have an answer. */
        double choicesWithRightShare() {
            return share(choicesWithRight, answerable);
        }

        /** Answered from a wrong entry, of the questions that have an answer and those that have none. */
        double confidentWrongRate() {
            return share(wrong + noneAnswered, answerable + none);
        }

        /** Of the questions nothing answers, the share not answered. */
        double noAnswerRecall() {
            return share(noneNoAnswer, none);
        }

        /** Of the "no answer" decisions on questions with or without an answer, the share on questions without. */
        double noAnswerPrecision() {
            return share(noneNoAnswer, noneNoAnswer + missed);
        }

        private static double share(int part, int whole) {
            return whole == 0 ? 0 : (double) part / whole;
        }

        private static List<Outcome> only(List<Outcome> outcomes, Predicate<Question> which) {
            return outcomes.stream()
                    .filter(outcome -> which.test(outcome.question()))
                    .toList();
        }

        private static int count(List<Outcome> outcomes, Verdict verdict) {
            return (int) outcomes.stream()
                    .filter(outcome -> outcome.verdict() == verdict)
                    .count();
        }
    }

    static boolean answered(Outcome outcome) {
        return outcome.answer().kind() == AnswerKind.ANSWER;
    }
}
