package dev.parley.application.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.application.assistant.port.in.AskKnowledgeUseCase;
import dev.parley.application.assistant.port.in.Consultation;
import dev.parley.application.assistant.port.out.LanguageModelConfiguration;
import dev.parley.application.conversation.port.in.AssistantReplyCommand;
import dev.parley.application.conversation.port.in.AssistantTurn;
import dev.parley.application.conversation.port.in.AssistantTurnUseCase;
import dev.parley.application.settings.port.in.AssistantBehaviour;
import dev.parley.domain.assistant.Answer;
import dev.parley.domain.assistant.AnswerKind;
import dev.parley.domain.assistant.AnswerThresholds;
import dev.parley.domain.assistant.Source;
import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.shared.HandoffReason;
import dev.parley.domain.shared.Language;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AssistantServiceTest {

    private final ConversationId conversation = ConversationId.random();
    private final Turns turns = new Turns();
    private final List<String> asked = new ArrayList<>();
    private final List<ConversationId> typing = new ArrayList<>();
    private Answer next = Answer.none("nothing");
    private RuntimeException failure;
    private final List<AnswerThresholds> thresholds = new ArrayList<>();
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
    private final AssistantService assistant = new AssistantService(
            turns,
            knowledge,
            () -> new AssistantBehaviour(
                    true, Optional.empty(), Optional.empty(), 3, Optional.empty(), Optional.empty()),
            typing::add,
            new GroundedAnswers(
                    prompt -> {
                        throw new AssertionError("No language model is asked in retrieval mode");
                    },
                    LanguageModelConfiguration.none(),
                    Clock.systemUTC()));

    @Test
    void answers_a_clear_winner_with_its_source_in_the_visitors_language() {
        turns.due = new AssistantTurn(conversation, 1, "Jak długo trwa wysyłka?", 0, 0);
        next = new Answer(
                AnswerKind.ANSWER,
                Optional.of("Wysyłamy w 1–2 dni robocze."),
                List.of(new Source("faq:1", "Ile trwa wysyłka?", Optional.of("https://shop.example/wysylka"))),
                0.9,
                "clear");

        assistant.answer(conversation, 1, Optional.of("pl-PL"));

        assertThat(asked).containsExactly("pl:Jak długo trwa wysyłka?");
        assertThat(thresholds).containsExactly(AnswerThresholds.DEFAULT);
        assertThat(typing).containsExactly(conversation);
        assertThat(turns.replies).singleElement().satisfies(reply -> {
            assertThat(reply.text()).isEqualTo("Wysyłamy w 1–2 dni robocze.");
            assertThat(reply.unsure()).isFalse();
            assertThat(reply.citations()).singleElement().satisfies(citation -> {
                assertThat(citation.choice()).isFalse();
                assertThat(citation.link()).contains("https://shop.example/wysylka");
            });
        });
        assertThat(turns.handoffs).isEmpty();
    }

    @Test
    void a_request_for_a_person_hands_off_without_asking_the_knowledge() {
        turns.due = new AssistantTurn(conversation, 3, "chcę rozmawiać z człowiekiem", 1, 0);

        assistant.answer(conversation, 3, Optional.of("pl"));

        assertThat(turns.handoffs).containsExactly(HandoffReason.VISITOR_ASKED);
        assertThat(asked).isEmpty();
        assertThat(turns.replies).isEmpty();
    }

    @Test
    void a_greeting_is_greeted_back_in_the_visitors_language_without_asking_the_knowledge_or_handing_off() {
        turns.due = new AssistantTurn(conversation, 1, "Dzień dobry!", 0, 0);

        assistant.answer(conversation, 1, Optional.of("pl"));

        assertThat(asked).isEmpty();
        assertThat(turns.handoffs).isEmpty();
        assertThat(turns.replies).singleElement().satisfies(reply -> {
            assertThat(reply.text())
                    .isEqualTo("Dzień dobry! W czym mogę pomóc? Napisz pytanie, a poszukam odpowiedzi.");
            assertThat(reply.citations()).isEmpty();
            assertThat(reply.inKind()).as("no answer: counts for no turn").isTrue();
        });
    }

    @Test
    void thanks_get_a_youre_welcome_and_a_question_after_a_greeting_is_searched() {
        turns.due = new AssistantTurn(conversation, 4, "thanks a lot!", 1, 0);

        assistant.answer(conversation, 4, Optional.of("en"));

        assertThat(turns.replies)
                .extracting(AssistantReplyCommand::text)
                .containsExactly("You're welcome! Is there anything else I can help with?");

        turns.due = new AssistantTurn(conversation, 6, "hi, what's the capital of France?", 2, 0);
        assistant.answer(conversation, 6, Optional.of("en"));

        assertThat(asked).containsExactly("en:hi, what's the capital of France?");
        assertThat(turns.handoffs).containsExactly(HandoffReason.NO_ANSWER);
    }

    @Test
    void a_request_for_a_person_with_a_greeting_hands_off_and_past_the_turn_limit_only_thanks_are_answered() {
        turns.due = new AssistantTurn(conversation, 1, "hello, human please", 0, 0);
        assistant.answer(conversation, 1, Optional.of("en"));
        turns.due = new AssistantTurn(conversation, 9, "thanks, bye", 3, 0);
        assistant.answer(conversation, 9, Optional.of("en"));
        turns.due = new AssistantTurn(conversation, 11, "and how long is shipping", 3, 0);
        assistant.answer(conversation, 11, Optional.of("en"));

        assertThat(turns.handoffs).containsExactly(HandoffReason.VISITOR_ASKED, HandoffReason.TURN_LIMIT);
        assertThat(turns.replies)
                .extracting(AssistantReplyCommand::text)
                .containsExactly("Goodbye! If another question comes up, write any time.");
        assertThat(asked).isEmpty();
    }

    @Test
    void no_answer_hands_off() {
        turns.due = new AssistantTurn(conversation, 1, "What's the capital of France?", 0, 0);

        assistant.answer(conversation, 1, Optional.empty());

        assertThat(turns.handoffs).containsExactly(HandoffReason.NO_ANSWER);
        assertThat(turns.replies).isEmpty();
    }

    @Test
    void a_close_call_offers_choices_once_then_hands_off_on_the_second_unsure_turn() {
        next = new Answer(
                AnswerKind.CHOICES,
                Optional.empty(),
                List.of(
                        new Source("faq:1", "Returns", Optional.empty()),
                        new Source("faq:2", "Refunds", Optional.of("https://shop.example/refunds"))),
                0.4,
                "close");
        turns.due = new AssistantTurn(conversation, 1, "money back", 0, 0);

        assistant.answer(conversation, 1, Optional.of("en"));

        assertThat(turns.replies).singleElement().satisfies(reply -> {
            assertThat(reply.text()).isEqualTo("Did you mean one of these?");
            assertThat(reply.unsure()).isTrue();
            assertThat(reply.citations()).allSatisfy(citation -> {
                assertThat(citation.choice()).isTrue();
                assertThat(citation.link())
                        .as("a choice asks, it does not link")
                        .isEmpty();
            });
        });

        turns.due = new AssistantTurn(conversation, 3, "money back please", 1, 1);
        assistant.answer(conversation, 3, Optional.of("en"));

        assertThat(turns.handoffs).containsExactly(HandoffReason.LOW_CONFIDENCE);
        assertThat(turns.replies).hasSize(1);
    }

    @Test
    void the_turn_limit_hands_off_before_asking() {
        turns.due = new AssistantTurn(conversation, 7, "And shipping to Norway?", 3, 0);

        assistant.answer(conversation, 7, Optional.of("en"));

        assertThat(turns.handoffs).containsExactly(HandoffReason.TURN_LIMIT);
        assertThat(asked).isEmpty();
    }

    @Test
    void a_failure_of_answering_hands_off_and_shows_nothing_unchecked() {
        turns.due = new AssistantTurn(conversation, 1, "How long is shipping?", 0, 0);
        failure = new IllegalStateException("index broken");

        assistant.answer(conversation, 1, Optional.of("en"));

        assertThat(turns.handoffs).containsExactly(HandoffReason.ERROR);
        assertThat(turns.replies).isEmpty();
    }

    @Test
    void a_question_no_longer_due_is_left_alone() {
        turns.due = null;

        assistant.answer(conversation, 1, Optional.of("en"));

        assertThat(asked).isEmpty();
        assertThat(typing).isEmpty();
        assertThat(turns.replies).isEmpty();
        assertThat(turns.handoffs).isEmpty();
    }

    @Test
    void the_stores_thresholds_replace_parleys_where_it_set_them() {
        AssistantBehaviour strict =
                new AssistantBehaviour(true, Optional.empty(), Optional.empty(), 8, Optional.of(0.3), Optional.of(2.0));

        assertThat(TurnRules.thresholds(strict)).isEqualTo(new AnswerThresholds(0.3, 2.0, 0.3));
    }

    /** The conversation's side, as the AI agent sees it. */
    private static final class Turns implements AssistantTurnUseCase {
        AssistantTurn due;
        final List<AssistantReplyCommand> replies = new ArrayList<>();
        final List<HandoffReason> handoffs = new ArrayList<>();

        @Override
        public Optional<AssistantTurn> turn(ConversationId conversation, long seq) {
            return Optional.ofNullable(due).filter(turn -> turn.seq() == seq);
        }

        @Override
        public boolean reply(AssistantReplyCommand command) {
            replies.add(command);
            return true;
        }

        @Override
        public boolean handOff(ConversationId conversation, long seq, HandoffReason reason, Optional<String> language) {
            handoffs.add(reason);
            return true;
        }
    }
}
