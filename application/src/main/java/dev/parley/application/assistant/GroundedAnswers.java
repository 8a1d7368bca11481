package dev.parley.application.assistant;

import dev.parley.application.assistant.port.out.AskLanguageModelPort;
import dev.parley.application.assistant.port.out.LanguageModelConfiguration;
import dev.parley.application.assistant.port.out.LanguageModelFailedException;
import dev.parley.application.conversation.port.in.AssistantTurn;
import dev.parley.domain.assistant.DialogueLine;
import dev.parley.domain.assistant.GroundingCheck;
import dev.parley.domain.assistant.GroundingCheck.Verdict;
import dev.parley.domain.assistant.GroundingPassage;
import dev.parley.domain.assistant.GroundingPrompt;
import dev.parley.domain.assistant.Hit;
import dev.parley.domain.assistant.ModelReply;
import dev.parley.domain.assistant.Source;
import dev.parley.domain.shared.Language;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Has the operator's language model word an answer from the passages the built-in search found, and lets through only
 * what {@link GroundingCheck} accepts. The model is given the {@link GroundingPrompt} and nothing else: the best
 * passages (at most {@value GroundingPrompt#MAX_PASSAGES}), the last texts of this conversation and the question.
 * It is not asked at all when no model is configured, when the search found nothing (an answer comes only from the
 * store's knowledge), or while the {@link CircuitBreaker} is open after failures in a row.
 */
@ApplicationScoped
public class GroundedAnswers {

    private static final Logger LOG = Logger.getLogger(GroundedAnswers.class.getName());

    /** What came of asking the model. */
    sealed interface Outcome {

        /** The model's answer kept every rule: its text and the sources of the passages it cites. */
        record Grounded(String text, List<Source> sources) implements Outcome {

            public Grounded {
                Objects.requireNonNull(text, "text");
                sources = List.copyOf(sources);
            }
        }

        /** The model says the passages do not answer the question. */
        record Declined() implements Outcome {}

        /** The model failed, or its reply broke a rule: nothing of it may be shown. */
        record Failed(String reason) implements Outcome {}

        /** The model was not asked. */
        record NotAsked(String why) implements Outcome {}
    }

    private AskLanguageModelPort model;
    private LanguageModelConfiguration configuration;
    private Clock clock;
    private CircuitBreaker breaker;
    private GroundingCheck check;

    @Inject
    public GroundedAnswers(AskLanguageModelPort model, LanguageModelConfiguration configuration, Clock clock) {
        this.model = model;
        this.configuration = configuration;
        this.clock = clock;
        this.breaker = new CircuitBreaker(configuration.breakerFailures(), configuration.breakerCoolDown());
        this.check = new GroundingCheck(configuration.maxAnswerLength());
    }

    /** For CDI proxies only. */
    protected GroundedAnswers() {}

    /** Whether a language model is configured. */
    public boolean available() {
        return configuration.endpoint().isPresent();
    }

    /**
     * What the model makes of a question.
     *
     * @param turn the visitor's question and the conversation before it
     * @param language the visitor's language, in which the model answers
     * @param found the passages the search found for the question, best first
     */
    Outcome answer(AssistantTurn turn, Language language, List<Hit> found) {
        if (!available()) {
            return new Outcome.NotAsked("not_configured");
        }
        List<GroundingPassage> passages = passages(found);
        if (passages.isEmpty()) {
            return new Outcome.NotAsked("no_passages");
        }
        if (!breaker.allows(clock.instant())) {
            return new Outcome.NotAsked("breaker_open");
        }
        GroundingPrompt prompt =
                GroundingPrompt.of(passages, earlier(turn), turn.question(), language, configuration.maxAnswerLength());
        long started = System.nanoTime();
        ModelReply reply;
        try {
            reply = model.ask(prompt);
        } catch (LanguageModelFailedException failed) {
            return failed(turn, failed.reason());
        } catch (RuntimeException unexpected) {
            LOG.log(Level.WARNING, "event=language_model_error conversation=" + turn.conversation(), unexpected);
            return failed(turn, "error");
        }
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        Verdict verdict = check.check(reply, passages, prompt.instruction());
        if (verdict instanceof Verdict.Refused refused) {
            return failed(turn, refused.reason().name().toLowerCase(Locale.ROOT));
        }
        breaker.succeeded();
        if (verdict instanceof Verdict.Grounded grounded) {
            LOG.fine(() -> "event=language_model_answered conversation=" + turn.conversation() + " citations="
                    + grounded.cited().size() + " millis=" + millis);
            return new Outcome.Grounded(grounded.text(), sources(grounded.cited()));
        }
        LOG.fine(() -> "event=language_model_declined conversation=" + turn.conversation() + " millis=" + millis);
        return new Outcome.Declined();
    }

    private Outcome failed(AssistantTurn turn, String reason) {
        LOG.warning(() -> "event=language_model_failed conversation=" + turn.conversation() + " reason=" + reason);
        if (breaker.failed(clock.instant())) {
            LOG.warning(() -> "event=language_model_breaker_open failures=" + configuration.breakerFailures()
                    + " cool_down_seconds=" + configuration.breakerCoolDown().toSeconds());
        }
        return new Outcome.Failed(reason);
    }

    /** The best passages, each once, under ids P1, P2, ... */
    private static List<GroundingPassage> passages(List<Hit> found) {
        List<GroundingPassage> passages = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Hit hit : found) {
            if (passages.size() == GroundingPrompt.MAX_PASSAGES) {
                break;
            }
            if (!hit.passage().isBlank() && seen.add(hit.entry().ref() + "\n" + hit.passage())) {
                passages.add(GroundingPassage.of(passages.size() + 1, hit));
            }
        }
        return passages;
    }

    private static List<DialogueLine> earlier(AssistantTurn turn) {
        return turn.earlier().stream()
                .map(line -> new DialogueLine(
                        switch (line.speaker()) {
                            case VISITOR -> DialogueLine.Speaker.VISITOR;
                            case TEAM -> DialogueLine.Speaker.TEAM;
                            case AI -> DialogueLine.Speaker.AI;
                        },
                        line.text()))
                .toList();
    }

    /** The sources of the cited passages, each once. */
    private static List<Source> sources(List<GroundingPassage> cited) {
        List<Source> sources = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (GroundingPassage passage : cited) {
            if (seen.add(passage.source().ref())) {
                sources.add(passage.source());
            }
        }
        return sources;
    }
}
