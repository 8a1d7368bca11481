package dev.parley.application.assistant;

import dev.parley.application.assistant.port.in.AskKnowledgeUseCase;
import dev.parley.application.assistant.port.in.AssistantTrial;
import dev.parley.application.assistant.port.in.AssistantTrial.Outcome;
import dev.parley.application.assistant.port.in.AssistantTrialLimits;
import dev.parley.application.assistant.port.in.Consultation;
import dev.parley.application.assistant.port.in.TryAssistantCommand;
import dev.parley.application.assistant.port.in.TryAssistantUseCase;
import dev.parley.application.conversation.port.in.AssistantTurn;
import dev.parley.application.limits.port.in.AdmitUseCase;
import dev.parley.application.settings.port.in.AssistantBehaviour;
import dev.parley.application.settings.port.in.AssistantBehaviourQuery;
import dev.parley.application.team.port.in.AdminCheck;
import dev.parley.domain.assistant.Answer;
import dev.parley.domain.assistant.AnswerKind;
import dev.parley.domain.assistant.SmallTalk;
import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.shared.HandoffReason;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The admins' test console: what the AI agent would do with a question now, were it a visitor's first, decided by
 * {@link TurnRules} with the store's own settings, as {@link AssistantService} decides a real turn (in the language
 * model's mode, the model words the answer as it would for a visitor). Nothing is stored,
 * and the question's text is never logged. Like the AI agent's turn, it holds no transaction while it searches: the
 * admin check and the settings' read are transactions of their own.
 */
@ApplicationScoped
public class AssistantTrialService implements TryAssistantUseCase {

    private static final Logger LOG = Logger.getLogger(AssistantTrialService.class.getName());

    private AskKnowledgeUseCase knowledge;
    private AssistantBehaviourQuery behaviour;
    private AdminCheck admins;
    private AdmitUseCase admission;
    private AssistantTrialLimits limits;
    private GroundedAnswers model;

    @Inject
    public AssistantTrialService(
            AskKnowledgeUseCase knowledge,
            AssistantBehaviourQuery behaviour,
            AdminCheck admins,
            AdmitUseCase admission,
            AssistantTrialLimits limits,
            GroundedAnswers model) {
        this.knowledge = knowledge;
        this.behaviour = behaviour;
        this.admins = admins;
        this.admission = admission;
        this.limits = limits;
        this.model = model;
    }

    /** For CDI proxies only. */
    protected AssistantTrialService() {}

    @Override
    public AssistantTrial tryQuestion(TryAssistantCommand command) {
        admins.requireAdmin(command.actor());
        admission.admit(limits.perAdmin(), command.actor().toString());
        AssistantBehaviour settings = behaviour.assistantBehaviour();
        AssistantTrial trial = decide(command, settings);
        LOG.fine(() -> "event=assistant_tried by=" + command.actor() + " language="
                + command.language().tag()
                + " outcome=" + trial.outcome().name().toLowerCase(Locale.ROOT) + " confidence="
                + trial.confidence());
        return trial;
    }

    private AssistantTrial decide(TryAssistantCommand command, AssistantBehaviour settings) {
        Optional<HandoffReason> early = TurnRules.beforeSearching(command.question(), 0, settings);
        if (early.isPresent()) {
            return handoff(
                    early.get(),
                    0,
                    early.get() == HandoffReason.VISITOR_ASKED
                            ? "The question asks for a person, so the AI agent hands the conversation off at once, without"
                                    + " searching the knowledge."
                            : "The AI agent may answer no question in a conversation by the store's turn limit.");
        }
        Optional<SmallTalk> talk = TurnRules.smallTalk(command.question());
        if (talk.isPresent()) {
            return new AssistantTrial(
                    Outcome.ANSWER,
                    Optional.of(AssistantWords.smallTalk(talk.get(), command.language())),
                    List.of(),
                    0,
                    "The message only "
                            + switch (talk.get()) {
                                case GREETING -> "greets";
                                case THANKS -> "thanks or nods";
                                case GOODBYE -> "says goodbye";
                            }
                            + ", so the AI agent answers in kind and waits for a question, without searching the"
                            + " knowledge; it counts for no turn.",
                    Optional.empty());
        }
        Consultation found;
        try {
            found = knowledge.consult(command.question(), command.language(), TurnRules.thresholds(settings));
        } catch (RuntimeException failed) {
            LOG.log(Level.WARNING, "event=assistant_trial_failed by=" + command.actor(), failed);
            return handoff(HandoffReason.ERROR, 0, "Answering failed, so the AI agent hands off.");
        }
        Answer answer = found.answer();
        String modelSays = "";
        if (settings.languageModel()) {
            // A question of the console has no conversation: the model is asked as for a visitor's first question,
            // under a conversation id of its own that only its logs name.
            AssistantTurn turn = new AssistantTurn(ConversationId.random(), 1, command.question(), 0, 0);
            GroundedAnswers.Outcome worded = model.answer(turn, command.language(), found.passages());
            if (worded instanceof GroundedAnswers.Outcome.Grounded grounded) {
                return new AssistantTrial(
                        Outcome.ANSWER,
                        Optional.of(grounded.text()),
                        grounded.sources().stream()
                                .limit(3)
                                .map(source -> AssistantService.view(source, false))
                                .toList(),
                        answer.confidence(),
                        "The language model worded this answer from the passages the search found, and it passed"
                                + " the checks. The search alone: " + answer.why(),
                        Optional.empty());
            }
            if (TurnRules.modelFailureHandsOff(worded, answer)) {
                return handoff(
                        HandoffReason.ERROR,
                        answer.confidence(),
                        "The language model failed (" + reason(worded) + ") and the search has no sure answer of its"
                                + " own. " + answer.why());
            }
            modelSays = "The language model " + reason(worded) + ", so the search's own result stands. ";
        }
        Optional<HandoffReason> handoff = TurnRules.afterSearching(answer, 0);
        if (handoff.isPresent()) {
            return handoff(handoff.get(), answer.confidence(), modelSays + answer.why());
        }
        if (answer.kind() == AnswerKind.CHOICES) {
            return new AssistantTrial(
                    Outcome.CHOICES,
                    Optional.of(AssistantWords.didYouMean(command.language())),
                    AssistantService.sources(answer, true),
                    answer.confidence(),
                    modelSays + answer.why() + " Were the visitor's next question unsure too, the AI agent would hand"
                            + " off (low confidence).",
                    Optional.empty());
        }
        return new AssistantTrial(
                Outcome.ANSWER,
                answer.text(),
                AssistantService.sources(answer, false),
                answer.confidence(),
                modelSays + answer.why(),
                Optional.empty());
    }

    /** What became of the language model's turn, in a few words. */
    private static String reason(GroundedAnswers.Outcome worded) {
        if (worded instanceof GroundedAnswers.Outcome.Failed failed) {
            return "failed: " + failed.reason();
        }
        if (worded instanceof GroundedAnswers.Outcome.NotAsked notAsked) {
            return "was not asked: " + notAsked.why();
        }
        return "declined to answer";
    }

    private static AssistantTrial handoff(HandoffReason reason, double confidence, String why) {
        return new AssistantTrial(Outcome.HANDOFF, Optional.empty(), List.of(), confidence, why, Optional.of(reason));
    }
}
