package dev.parley.application.assistant;

import dev.parley.application.assistant.GroundedAnswers.Outcome;
import dev.parley.application.assistant.port.in.AnswerVisitorUseCase;
import dev.parley.application.assistant.port.in.AskKnowledgeUseCase;
import dev.parley.application.assistant.port.in.Consultation;
import dev.parley.application.assistant.port.out.ShowAssistantTypingPort;
import dev.parley.application.conversation.port.in.AssistantReplyCommand;
import dev.parley.application.conversation.port.in.AssistantTurn;
import dev.parley.application.conversation.port.in.AssistantTurnUseCase;
import dev.parley.application.conversation.port.in.CitationView;
import dev.parley.application.settings.port.in.AssistantBehaviour;
import dev.parley.application.settings.port.in.AssistantBehaviourQuery;
import dev.parley.domain.assistant.Answer;
import dev.parley.domain.assistant.AnswerKind;
import dev.parley.domain.assistant.SmallTalk;
import dev.parley.domain.assistant.Source;
import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.shared.HandoffReason;
import dev.parley.domain.shared.Language;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The store's AI agent's turn: it reads the visitor's question, and answers it from the store's knowledge, offers
 * "Did you mean…" choices, or hands the conversation to a person. The handoff is decided here by rules, never by a
 * model: the visitor asks for a person (in words, or with the widget's button, which never reaches here); nothing
 * answers the question; two unsure turns in a row; the turn limit; or any failure of answering.
 *
 * <p>When the store chose the language model (and one is configured), the built-in search still runs first, and the
 * model words an answer from the passages it found ({@link GroundedAnswers}). Only an answer that passed the checks is
 * shown; when the model declines, is not asked (no passages, the breaker open) or fails, the search's own answer
 * stands, except that a failure where the search has no sure answer hands off with the reason "error".
 */
@ApplicationScoped
public class AssistantService implements AnswerVisitorUseCase {

    private static final Logger LOG = Logger.getLogger(AssistantService.class.getName());

    private AssistantTurnUseCase turns;
    private AskKnowledgeUseCase knowledge;
    private AssistantBehaviourQuery behaviour;
    private ShowAssistantTypingPort typing;
    private GroundedAnswers model;

    @Inject
    public AssistantService(
            AssistantTurnUseCase turns,
            AskKnowledgeUseCase knowledge,
            AssistantBehaviourQuery behaviour,
            ShowAssistantTypingPort typing,
            GroundedAnswers model) {
        this.turns = turns;
        this.knowledge = knowledge;
        this.behaviour = behaviour;
        this.typing = typing;
        this.model = model;
    }

    /** For CDI proxies only. */
    protected AssistantService() {}

    @Override
    public void answer(ConversationId conversation, long seq, Optional<String> language) {
        Optional<AssistantTurn> due = turns.turn(conversation, seq);
        if (due.isEmpty()) {
            return;
        }
        AssistantTurn turn = due.get();
        AssistantBehaviour settings = behaviour.assistantBehaviour();
        Optional<HandoffReason> early = TurnRules.beforeSearching(turn.question(), turn.answered(), settings);
        if (early.isPresent()) {
            handOff(turn, early.get(), language);
            return;
        }
        Language spoken = language.flatMap(Language::of).orElse(Language.ENGLISH);
        Optional<SmallTalk> talk = TurnRules.smallTalk(turn.question());
        if (talk.isPresent()) {
            post(AssistantReplyCommand.inKind(
                    turn.conversation(), turn.seq(), AssistantWords.smallTalk(talk.get(), spoken)));
            LOG.fine(() ->
                    "event=assistant_answered conversation=" + conversation + " seq=" + seq + " kind=" + talk.get());
            return;
        }
        typing.typing(conversation);
        Consultation found;
        try {
            found = knowledge.consult(turn.question(), spoken, TurnRules.thresholds(settings));
        } catch (RuntimeException failed) {
            LOG.log(Level.WARNING, "event=assistant_answer_failed conversation=" + conversation, failed);
            handOff(turn, HandoffReason.ERROR, language);
            return;
        }
        Answer answer = found.answer();
        if (settings.languageModel()) {
            Outcome worded = model.answer(turn, spoken, found.passages());
            if (worded instanceof Outcome.Grounded grounded) {
                reply(
                        turn,
                        grounded.text(),
                        grounded.sources().stream()
                                .limit(3)
                                .map(source -> view(source, false))
                                .toList(),
                        false);
                LOG.fine(() -> "event=assistant_answered conversation=" + conversation + " seq=" + seq
                        + " kind=language_model");
                return;
            }
            if (TurnRules.modelFailureHandsOff(worded, answer)) {
                handOff(turn, HandoffReason.ERROR, language);
                return;
            }
            // Declined, not asked, or failed where the search has a sure answer: the search's answer stands.
        }
        Optional<HandoffReason> handoff = TurnRules.afterSearching(answer, turn.unsure());
        if (handoff.isPresent()) {
            handOff(turn, handoff.get(), language);
        } else if (answer.kind() == AnswerKind.CHOICES) {
            reply(turn, AssistantWords.didYouMean(spoken), sources(answer, true), true);
        } else {
            reply(turn, answer.text().orElseThrow(), sources(answer, false), false);
        }
        LOG.fine(() -> "event=assistant_answered conversation=" + conversation + " seq=" + seq + " kind="
                + answer.kind() + " confidence=" + answer.confidence());
    }

    private void reply(AssistantTurn turn, String text, List<CitationView> citations, boolean unsure) {
        post(new AssistantReplyCommand(turn.conversation(), turn.seq(), text, citations, unsure));
    }

    private void post(AssistantReplyCommand reply) {
        if (!turns.reply(reply)) {
            LOG.fine(() -> "event=assistant_answer_late conversation=" + reply.conversation() + " seq=" + reply.seq());
        }
    }

    private void handOff(AssistantTurn turn, HandoffReason reason, Optional<String> language) {
        if (turns.handOff(turn.conversation(), turn.seq(), reason, language)) {
            LOG.info(() -> "event=assistant_handoff conversation=" + turn.conversation() + " reason="
                    + reason.name().toLowerCase(Locale.ROOT));
        }
    }

    static List<CitationView> sources(Answer answer, boolean choices) {
        return answer.sources().stream()
                .limit(3)
                .map(source -> view(source, choices))
                .toList();
    }

    static CitationView view(Source source, boolean choice) {
        String title = source.title().length() > 200 ? source.title().substring(0, 200) : source.title();
        Optional<String> link = choice
                ? Optional.empty()
                : source.link().filter(url -> url.startsWith("https://") || url.startsWith("http://"));
        return new CitationView(choice, title, link);
    }
}
