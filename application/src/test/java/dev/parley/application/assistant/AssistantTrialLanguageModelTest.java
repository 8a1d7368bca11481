package dev.parley.application.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.application.assistant.port.in.AskKnowledgeUseCase;
import dev.parley.application.assistant.port.in.AssistantTrial;
import dev.parley.application.assistant.port.in.AssistantTrial.Outcome;
import dev.parley.application.assistant.port.in.AssistantTrialLimits;
import dev.parley.application.assistant.port.in.Consultation;
import dev.parley.application.assistant.port.in.TryAssistantCommand;
import dev.parley.application.assistant.port.out.LanguageModelConfiguration;
import dev.parley.application.assistant.port.out.LanguageModelConfiguration.Endpoint;
import dev.parley.application.assistant.port.out.LanguageModelFailedException;
import dev.parley.application.settings.port.in.AssistantBehaviour;
import dev.parley.domain.assistant.Answer;
import dev.parley.domain.assistant.AnswerKind;
import dev.parley.domain.assistant.AnswerThresholds;
import dev.parley.domain.assistant.GroundingPrompt;
import dev.parley.domain.assistant.Hit;
import dev.parley.domain.assistant.KnowledgeEntry;
import dev.parley.domain.assistant.KnowledgeKind;
import dev.parley.domain.assistant.ModelReply;
import dev.parley.domain.shared.AgentId;
import dev.parley.domain.shared.HandoffReason;
import dev.parley.domain.shared.Language;
import dev.parley.domain.shared.RateLimit;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The test console when the store chose the language model: it shows what the model would word, as the AI agent. */
class AssistantTrialLanguageModelTest {

    private final AgentId admin = AgentId.random();
    private Function<GroundingPrompt, ModelReply> model = prompt -> ModelReply.declined();
    private Answer searchAnswer = Answer.none("Nothing is sure.");

    private final AskKnowledgeUseCase knowledge = new AskKnowledgeUseCase() {
        @Override
        public Answer ask(String question, Language language) {
            return searchAnswer;
        }

        @Override
        public Consultation consult(String question, Language language, AnswerThresholds thresholds) {
            return new Consultation(searchAnswer, List.of(hit(1), hit(2)));
        }
    };

    private final AssistantTrialService console = new AssistantTrialService(
            knowledge,
            () -> new AssistantBehaviour(
                    true, Optional.empty(), Optional.empty(), 8, Optional.empty(), Optional.empty(), true),
            actor -> {},
            (limit, key, amount) -> {},
            new AssistantTrialLimits(RateLimit.perMinute(AssistantTrialLimits.PER_ADMIN, 30)),
            new GroundedAnswers(
                    prompt -> model.apply(prompt),
                    new LanguageModelConfiguration(
                            Optional.of(new Endpoint(
                                    URI.create("http://localhost:11434/v1"),
                                    Optional.empty(),
                                    "llama3",
                                    Duration.ofSeconds(10))),
                            300,
                            3,
                            Duration.ofMinutes(5)),
                    Clock.systemUTC()));

    private static Hit hit(int n) {
        KnowledgeEntry entry = new KnowledgeEntry(
                KnowledgeKind.ARTICLE,
                "a" + n,
                Optional.of(Language.ENGLISH),
                "Article " + n,
                List.of(),
                "Body " + n,
                Optional.of("https://shop.example.com/" + n));
        return new Hit(entry, "Passage " + n + ".", 10 - n, 0.5);
    }

    private AssistantTrial ask() {
        return console.tryQuestion(new TryAssistantCommand(admin, "When does my parcel ship?", Language.ENGLISH));
    }

    @Test
    void shows_the_models_checked_answer_with_the_sources_it_cites() {
        model = prompt -> new ModelReply(Optional.of("It ships in a day."), List.of("P2"));

        AssistantTrial trial = ask();

        assertThat(trial.outcome()).isEqualTo(Outcome.ANSWER);
        assertThat(trial.text()).contains("It ships in a day.");
        assertThat(trial.sources()).singleElement().satisfies(source -> {
            assertThat(source.title()).isEqualTo("Article 2");
            assertThat(source.link()).contains("https://shop.example.com/2");
        });
        assertThat(trial.why()).startsWith("The language model worded this answer");
    }

    @Test
    void a_failure_of_the_model_hands_off_where_the_search_has_no_sure_answer() {
        model = prompt -> {
            throw new LanguageModelFailedException("timeout");
        };

        AssistantTrial trial = ask();

        assertThat(trial.handoff()).contains(HandoffReason.ERROR);
        assertThat(trial.why()).contains("timeout");
    }

    @Test
    void when_the_model_declines_the_searchs_own_answer_stands_and_why_says_so() {
        searchAnswer = new Answer(
                AnswerKind.ANSWER, Optional.of("Parcels leave within one working day."), List.of(), 0.8, "clear");

        AssistantTrial trial = ask();

        assertThat(trial.outcome()).isEqualTo(Outcome.ANSWER);
        assertThat(trial.text()).contains("Parcels leave within one working day.");
        assertThat(trial.why())
                .isEqualTo("The language model declined to answer, so the search's own result stands. clear");
    }
}
