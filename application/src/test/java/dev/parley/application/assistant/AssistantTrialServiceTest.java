package dev.parley.application.assistant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.application.assistant.port.in.AskKnowledgeUseCase;
import dev.parley.application.assistant.port.in.AssistantTrial;
import dev.parley.application.assistant.port.in.AssistantTrial.Outcome;
import dev.parley.application.assistant.port.in.AssistantTrialLimits;
import dev.parley.application.assistant.port.in.Consultation;
import dev.parley.application.assistant.port.in.TryAssistantCommand;
import dev.parley.application.assistant.port.out.LanguageModelConfiguration;
import dev.parley.application.settings.port.in.AssistantBehaviour;
import dev.parley.application.team.port.in.AdminCheck;
import dev.parley.domain.assistant.Answer;
import dev.parley.domain.assistant.AnswerKind;
import dev.parley.domain.assistant.AnswerThresholds;
import dev.parley.domain.assistant.Source;
import dev.parley.domain.conversation.MessageText;
import dev.parley.domain.shared.AgentId;
import dev.parley.domain.shared.HandoffReason;
import dev.parley.domain.shared.InvalidValueException;
import dev.parley.domain.shared.Language;
import dev.parley.domain.shared.RateLimit;
import dev.parley.domain.shared.RateLimitedException;
import dev.parley.domain.team.AdminsOnlyException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AssistantTrialServiceTest {

    private final AgentId admin = AgentId.random();
    private final List<String> asked = new ArrayList<>();
    private final List<AnswerThresholds> thresholds = new ArrayList<>();
    private final List<String> admitted = new ArrayList<>();
    private Answer next = Answer.none("Nothing matches.");
    private RuntimeException failure;
    private boolean isAdmin = true;
    private boolean limited;

    private final AskKnowledgeUseCase knowledge = new AskKnowledgeUseCase() {
        @Override
        public Answer ask(String question, Language language) {
            return ask(question, language, AnswerThresholds.DEFAULT);
        }

        @Override
        public Consultation consult(String question, Language language, AnswerThresholds given) {
            asked.add(language.tag() + ":" + question);
            thresholds.add(given);
            if (failure != null) {
                throw failure;
            }
            return new Consultation(next, List.of());
        }
    };

    private final AdminCheck admins = actor -> {
        if (!isAdmin) {
            throw new AdminsOnlyException();
        }
    };

    private final AssistantTrialService console = new AssistantTrialService(
            knowledge,
            () -> new AssistantBehaviour(
                    true, Optional.empty(), Optional.empty(), 3, Optional.of(0.4), Optional.empty()),
            admins,
            (limit, key, amount) -> {
                if (limited) {
                    throw new RateLimitedException(limit, Duration.ofSeconds(2));
                }
                admitted.add(limit.name() + ":" + key);
            },
            new AssistantTrialLimits(RateLimit.perMinute(AssistantTrialLimits.PER_ADMIN, 30)),
            new GroundedAnswers(
                    prompt -> {
                        throw new AssertionError("No language model is asked in retrieval mode");
                    },
                    LanguageModelConfiguration.none(),
                    Clock.systemUTC()));

    @Test
    void shows_the_answer_with_its_source_by_the_stores_thresholds() {
        next = new Answer(
                AnswerKind.ANSWER,
                Optional.of("Parcels leave within one working day."),
                List.of(new Source("article:1", "Shipping", Optional.of("https://shop.example/shipping"))),
                0.83,
                "The best match covers 2 of 2 key words.");

        AssistantTrial trial =
                console.tryQuestion(new TryAssistantCommand(admin, "  How long is shipping? ", Language.ENGLISH));

        assertThat(asked).containsExactly("en:How long is shipping?");
        assertThat(thresholds).containsExactly(new AnswerThresholds(0.4, AnswerThresholds.DEFAULT.minimumLead(), 0.4));
        assertThat(trial.outcome()).isEqualTo(Outcome.ANSWER);
        assertThat(trial.text()).contains("Parcels leave within one working day.");
        assertThat(trial.sources()).singleElement().satisfies(source -> {
            assertThat(source.title()).isEqualTo("Shipping");
            assertThat(source.link()).contains("https://shop.example/shipping");
        });
        assertThat(trial.confidence()).isEqualTo(0.83);
        assertThat(trial.handoff()).isEmpty();
        assertThat(admitted).containsExactly(AssistantTrialLimits.PER_ADMIN + ":" + admin);
    }

    @Test
    void a_request_for_a_person_hands_off_without_searching_in_either_language() {
        for (var question : List.of("I want a human", "chcę rozmawiać z człowiekiem")) {
            AssistantTrial trial = console.tryQuestion(new TryAssistantCommand(admin, question, Language.POLISH));

            assertThat(trial.outcome()).isEqualTo(Outcome.HANDOFF);
            assertThat(trial.handoff()).contains(HandoffReason.VISITOR_ASKED);
            assertThat(trial.text()).isEmpty();
            assertThat(trial.confidence()).isZero();
        }
        assertThat(asked).isEmpty();
    }

    @Test
    void a_greeting_shows_the_ai_agents_greeting_back_without_searching() {
        AssistantTrial trial = console.tryQuestion(new TryAssistantCommand(admin, "Hi there!", Language.ENGLISH));

        assertThat(trial.outcome()).isEqualTo(Outcome.ANSWER);
        assertThat(trial.text())
                .contains("Hello! What can I help you with? Type your question and I will look for the answer.");
        assertThat(trial.sources()).isEmpty();
        assertThat(trial.handoff()).isEmpty();
        assertThat(trial.why()).startsWith("The message only greets, so the AI agent answers in kind");
        assertThat(trial.why()).endsWith("it counts for no turn.");
        assertThat(asked).isEmpty();
    }

    @Test
    void no_answer_hands_off_with_the_gates_reason() {
        AssistantTrial trial =
                console.tryQuestion(new TryAssistantCommand(admin, "Do you sell boats?", Language.ENGLISH));

        assertThat(trial.outcome()).isEqualTo(Outcome.HANDOFF);
        assertThat(trial.handoff()).contains(HandoffReason.NO_ANSWER);
        assertThat(trial.why()).isEqualTo("Nothing matches.");
    }

    @Test
    void choices_are_offered_as_on_a_first_turn_and_say_that_a_second_unsure_turn_hands_off() {
        next = new Answer(
                AnswerKind.CHOICES,
                Optional.empty(),
                List.of(
                        new Source("faq:1", "Zwroty", Optional.of("https://shop.example/zwroty")),
                        new Source("faq:2", "Reklamacje", Optional.empty())),
                0.4,
                "Two answers are close.");

        AssistantTrial trial = console.tryQuestion(new TryAssistantCommand(admin, "oddać buty", Language.POLISH));

        assertThat(trial.outcome()).isEqualTo(Outcome.CHOICES);
        assertThat(trial.text()).contains(AssistantWords.didYouMean(Language.POLISH));
        assertThat(trial.sources()).extracting(source -> source.title()).containsExactly("Zwroty", "Reklamacje");
        assertThat(trial.sources())
                .allSatisfy(source -> assertThat(source.link()).isEmpty());
        assertThat(trial.why()).startsWith("Two answers are close.").contains("low confidence");
        assertThat(TurnRules.afterSearching(next, 1)).contains(HandoffReason.LOW_CONFIDENCE);
    }

    @Test
    void a_failure_of_answering_hands_off_as_an_error() {
        failure = new IllegalStateException("index broken");

        AssistantTrial trial = console.tryQuestion(new TryAssistantCommand(admin, "Shipping?", Language.ENGLISH));

        assertThat(trial.handoff()).contains(HandoffReason.ERROR);
    }

    @Test
    void refuses_agents_and_admins_over_the_limit_without_searching() {
        isAdmin = false;
        assertThatThrownBy(() -> console.tryQuestion(new TryAssistantCommand(admin, "Shipping?", Language.ENGLISH)))
                .isInstanceOf(AdminsOnlyException.class);
        isAdmin = true;
        limited = true;
        assertThatThrownBy(() -> console.tryQuestion(new TryAssistantCommand(admin, "Shipping?", Language.ENGLISH)))
                .isInstanceOf(RateLimitedException.class);

        assertThat(asked).isEmpty();
    }

    @Test
    void a_question_is_limited_like_a_visitors_message() {
        assertThatThrownBy(() -> new TryAssistantCommand(admin, " \n ", Language.ENGLISH))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("question_required"));
        assertThatThrownBy(
                        () -> new TryAssistantCommand(admin, "a".repeat(MessageText.MAX_LENGTH + 1), Language.ENGLISH))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("question_too_long"));
        assertThat(new TryAssistantCommand(admin, "a".repeat(MessageText.MAX_LENGTH), Language.ENGLISH).question())
                .hasSize(MessageText.MAX_LENGTH);
    }
}
