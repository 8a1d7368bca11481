package dev.parley.application.assistant;

import dev.parley.application.assistant.port.in.AskKnowledgeUseCase;
import dev.parley.application.assistant.port.in.Consultation;
import dev.parley.application.assistant.port.out.KnowledgeIndexPort;
import dev.parley.application.assistant.port.out.LoadKnowledgePort;
import dev.parley.domain.assistant.Answer;
import dev.parley.domain.assistant.AnswerGate;
import dev.parley.domain.assistant.AnswerThresholds;
import dev.parley.domain.assistant.Hit;
import dev.parley.domain.assistant.KnowledgeEntry;
import dev.parley.domain.shared.DomainException;
import dev.parley.domain.shared.Language;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Logger;

/**
 * Answers questions from the store's published knowledge with the built-in retrieval: the knowledge is searched in an
 * index held in memory, and the {@link AnswerGate} decides from the hits.
 *
 * <p>The index is brought up to date before each search, cheaply: the knowledge's fingerprint is compared with the one
 * of what was indexed, and only when they differ is the published knowledge read and the index rebuilt. One rebuild
 * runs at a time (questions that arrive meanwhile wait for it, then find the index current); the index swaps its
 * contents whole, so no search ever sees half of them. The fingerprint is read before the knowledge: a change that
 * commits in between makes the next question rebuild once more, never leaves the index stale.
 */
@ApplicationScoped
@Transactional(value = Transactional.TxType.SUPPORTS, dontRollbackOn = DomainException.class)
public class KnowledgeAnswerService implements AskKnowledgeUseCase {

    /** How many passages a search returns to the gate: enough for three distinct choices among article sections. */
    static final int PASSAGES_SEARCHED = 12;

    private static final Logger LOG = Logger.getLogger(KnowledgeAnswerService.class.getName());

    private final ReentrantLock rebuilding = new ReentrantLock();
    private LoadKnowledgePort knowledge;
    private KnowledgeIndexPort index;
    private volatile String indexedFingerprint;

    @Inject
    public KnowledgeAnswerService(LoadKnowledgePort knowledge, KnowledgeIndexPort index) {
        this.knowledge = knowledge;
        this.index = index;
    }

    /** For CDI proxies only. */
    protected KnowledgeAnswerService() {}

    @Override
    public Answer ask(String question, Language language) {
        return ask(question, language, AnswerThresholds.DEFAULT);
    }

    @Override
    public Consultation consult(String question, Language language, AnswerThresholds thresholds) {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(thresholds, "thresholds");
        if (question.isBlank()) {
            return new Consultation(Answer.none("The question is empty."), List.of());
        }
        if (question.codePoints().noneMatch(Character::isLetterOrDigit)) {
            return new Consultation(Answer.none("The question has no words to search for."), List.of());
        }
        indexCurrentKnowledge();
        List<Hit> hits = index.search(question, language, PASSAGES_SEARCHED);
        return new Consultation(new AnswerGate(thresholds).decide(hits), hits);
    }

    private void indexCurrentKnowledge() {
        if (knowledge.fingerprint().equals(indexedFingerprint)) {
            return;
        }
        rebuilding.lock();
        try {
            String fingerprint = knowledge.fingerprint();
            if (fingerprint.equals(indexedFingerprint)) {
                return;
            }
            long started = System.nanoTime();
            List<KnowledgeEntry> entries = knowledge.published();
            index.replace(entries);
            indexedFingerprint = fingerprint;
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
            LOG.info(() -> "event=knowledge_indexed entries=" + entries.size() + " millis=" + millis);
        } finally {
            rebuilding.unlock();
        }
    }
}
