package dev.parley.application.assistant.port.in;

import dev.parley.domain.assistant.Answer;
import dev.parley.domain.assistant.AnswerThresholds;
import dev.parley.domain.shared.Language;

/**
 * Driven by the assistant when a visitor asks something, and by the admin's test console: what the store's published
 * knowledge answers to a question. Searches the knowledge in the given language first (and what is written for every
 * language), and decides with the gates whether it is an answer, a few choices, or none.
 */
public interface AskKnowledgeUseCase {

    /** What the knowledge answers, decided with Parley's default thresholds ({@link AnswerThresholds#DEFAULT}). */
    Answer ask(String question, Language language);

    /** What the knowledge answers, decided with the store's own thresholds. */
    default Answer ask(String question, Language language, AnswerThresholds thresholds) {
        return consult(question, language, thresholds).answer();
    }

    /**
     * What the knowledge answers, decided with the store's own thresholds, and the passages it was decided from: what
     * a language model may word an answer from.
     */
    Consultation consult(String question, Language language, AnswerThresholds thresholds);
}
