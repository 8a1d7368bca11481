package dev.parley.application.assistant;

import dev.parley.application.settings.port.in.AssistantBehaviour;
import dev.parley.domain.assistant.Answer;
import dev.parley.domain.assistant.AnswerKind;
import dev.parley.domain.assistant.AnswerThresholds;
import dev.parley.domain.assistant.HandoffIntent;
import dev.parley.domain.assistant.SmallTalk;
import dev.parley.domain.shared.HandoffReason;
import java.util.Optional;

/**
 * The rules that decide whether the AI agent hands a turn off, in one place: the AI agent's turn ({@link
 * AssistantService}) and the admins' test console ({@link AssistantTrialService}) follow them both, so that what the
 * console shows is what the AI agent would do.
 */
final class TurnRules {

    /** Unsure answers in a row after which the AI agent hands off instead of offering choices again. */
    static final int UNSURE_TURNS = 2;

    private TurnRules() {}

    /**
     * Why the AI agent hands off before it searches the knowledge, if it does: the visitor asks for a person in words,
     * or it answered as many questions as it may (a greeting, thanks or a goodbye is still answered in kind then).
     *
     * @param answered how many questions it answered in this conversation before
     */
    static Optional<HandoffReason> beforeSearching(String question, int answered, AssistantBehaviour settings) {
        if (HandoffIntent.asksForPerson(question)) {
            return Optional.of(HandoffReason.VISITOR_ASKED);
        }
        if (answered >= settings.turnLimit() && SmallTalk.of(question).isEmpty()) {
            return Optional.of(HandoffReason.TURN_LIMIT);
        }
        return Optional.empty();
    }

    /**
     * Whether the question asks nothing, once {@link #beforeSearching} let it through: a greeting or thanks, which the
     * AI agent answers in kind without searching the knowledge (nothing there would answer it, and a "hello" would be
     * handed off).
     */
    static Optional<SmallTalk> smallTalk(String question) {
        return SmallTalk.of(question);
    }

    /**
     * Why the AI agent hands off once the knowledge answered, if it does: nothing answers the question, or it would be
     * unsure for the {@value #UNSURE_TURNS}th time in a row. Otherwise it replies with the answer or the choices.
     *
     * @param unsure how many of its last answers in a row it was not sure of
     */
    static Optional<HandoffReason> afterSearching(Answer answer, int unsure) {
        return switch (answer.kind()) {
            case ANSWER -> Optional.empty();
            case CHOICES -> unsure + 1 >= UNSURE_TURNS ? Optional.of(HandoffReason.LOW_CONFIDENCE) : Optional.empty();
            case NO_ANSWER -> Optional.of(HandoffReason.NO_ANSWER);
        };
    }

    /**
     * Whether what the language model made of a question hands off: only its failure, where the search has no sure
     * answer of its own. A grounded answer is shown; when the model declines, is not asked or fails beside a sure
     * answer of the search, the search's own result stands.
     */
    static boolean modelFailureHandsOff(GroundedAnswers.Outcome worded, Answer answer) {
        return worded instanceof GroundedAnswers.Outcome.Failed && answer.kind() != AnswerKind.ANSWER;
    }

    /** The store's thresholds where it set them, Parley's elsewhere. */
    static AnswerThresholds thresholds(AssistantBehaviour settings) {
        double coverage = settings.minCoverage().orElse(AnswerThresholds.DEFAULT.minimumCoverage());
        return new AnswerThresholds(
                coverage,
                settings.minLead().orElse(AnswerThresholds.DEFAULT.minimumLead()),
                Math.min(coverage, AnswerThresholds.DEFAULT.minimumChoiceCoverage()));
    }
}
