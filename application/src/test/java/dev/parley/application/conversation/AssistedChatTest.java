package dev.parley.application.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.application.conversation.port.in.AssistantReplyCommand;
import dev.parley.application.conversation.port.in.AssistantTurn;
import dev.parley.application.conversation.port.in.CitationView;
import dev.parley.application.conversation.port.in.GoLiveCommand;
import dev.parley.application.conversation.port.in.MessageReceipt;
import dev.parley.application.conversation.port.in.MessageTextPolicy;
import dev.parley.application.conversation.port.out.ConversationEnded;
import dev.parley.application.conversation.port.out.MessagePosted;
import dev.parley.application.limits.Admissions;
import dev.parley.application.settings.port.in.AssistantBehaviour;
import dev.parley.domain.conversation.AuthorKind;
import dev.parley.domain.conversation.ConversationEvent;
import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.conversation.ConversationStage;
import dev.parley.domain.conversation.Message;
import dev.parley.domain.settings.BehaviourSettings;
import dev.parley.domain.settings.WelcomeMessage;
import dev.parley.domain.shared.HandoffReason;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The chat with the store's AI agent on: it answers first, and the team sees the conversation once it hands off. */
class AssistedChatTest extends ConversationFixture {

    private final List<Long> requested = new ArrayList<>();
    private Optional<String> handoffMessage = Optional.empty();

    private final ConversationService assisted = new ConversationService(
            conversations,
            conversations,
            conversations,
            conversations,
            activity,
            SettingsFakes.behaviour(
                    BehaviourSettings.defaults().withWelcomeMessage(new WelcomeMessage("How can we help you today?"))),
            SettingsFakes.ALWAYS_OPEN,
            published::add,
            Clock.fixed(NOW, ZoneOffset.UTC),
            Admissions.unlimited(),
            WritingLimits.generous(),
            new InMemoryUploads(conversations),
            MessageTextPolicy.storable(),
            () -> new AssistantBehaviour(true, handoffMessage, Optional.empty(), 8, Optional.empty(), Optional.empty()),
            (conversation, seq, language) -> requested.add(seq));

    private final AssistantTurnService turns = new AssistantTurnService(
            conversations,
            conversations,
            conversations,
            conversations,
            activity,
            published::add,
            SettingsFakes.behaviour(
                    BehaviourSettings.defaults().withWelcomeMessage(new WelcomeMessage("How can we help you today?"))),
            SettingsFakes.ALWAYS_OPEN,
            () -> new AssistantBehaviour(true, handoffMessage, Optional.empty(), 8, Optional.empty(), Optional.empty()),
            Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void a_question_is_stored_acknowledged_and_handed_to_the_ai_agent_without_a_welcome_or_a_ticket() {
        MessageReceipt receipt = assisted.send(visitorSays("q1", "How long is shipping?"));

        assertThat(receipt.seq()).isEqualTo(1);
        assertThat(requested).containsExactly(1L);
        assertThat(conversations.find(receipt.conversation()).orElseThrow().stage())
                .isEqualTo(ConversationStage.ASSISTED);
        assertThat(activity.all()).as("the team is not told").isEmpty();
        assertThat(turns.turn(receipt.conversation(), 1)).hasValueSatisfying(turn -> {
            assertThat(turn.question()).isEqualTo("How long is shipping?");
            assertThat(turn.answered()).isZero();
        });
    }

    @Test
    void the_ai_agents_answer_follows_the_question_and_a_late_one_changes_nothing() {
        ConversationId id =
                assisted.send(visitorSays("q1", "How long is shipping?")).conversation();
        assisted.send(visitorSays("q2", "And to Norway?"));

        boolean late = turns.reply(new AssistantReplyCommand(id, 1, "2 days.", List.of(), false));
        boolean due = turns.reply(new AssistantReplyCommand(
                id, 2, "3–5 days.", List.of(new CitationView(false, "Shipping abroad", Optional.empty())), false));

        assertThat(late).as("the visitor asked again meanwhile").isFalse();
        assertThat(due).isTrue();
        List<Message> thread = conversations.after(id, 0, 10);
        assertThat(thread)
                .extracting(message -> message.author().kind())
                .containsExactly(AuthorKind.VISITOR, AuthorKind.VISITOR, AuthorKind.BOT);
        assertThat(thread.get(2).citations()).hasSize(1);
        assertThat(turns.turn(id, 2)).as("answered: no longer due").isEmpty();
    }

    @Test
    void a_turn_carries_the_conversations_last_texts_before_the_question_for_a_language_model() {
        ConversationId id =
                assisted.send(visitorSays("q1", "How long is shipping?")).conversation();
        turns.reply(new AssistantReplyCommand(id, 1, "2 days.", List.of(), false));
        assisted.send(visitorSays("q2", "And to Norway?"));

        assertThat(turns.turn(id, 3)).hasValueSatisfying(turn -> {
            assertThat(turn.question()).isEqualTo("And to Norway?");
            assertThat(turn.earlier())
                    .containsExactly(
                            new AssistantTurn.Earlier(AssistantTurn.Speaker.VISITOR, "How long is shipping?"),
                            new AssistantTurn.Earlier(AssistantTurn.Speaker.AI, "2 days."));
        });
    }

    @Test
    void talk_to_a_person_hands_off_opens_the_ticket_and_the_ai_agent_never_answers_again() {
        ConversationId id =
                assisted.send(visitorSays("q1", "How long is shipping?")).conversation();

        assisted.goLive(new GoLiveCommand(visitor, id, false, Optional.of("en")));

        List<Message> thread = conversations.after(id, 0, 10);
        assertThat(thread)
                .extracting(Message::event)
                .containsExactly(
                        Optional.empty(), Optional.of(ConversationEvent.HANDOFF_VISITOR_ASKED), Optional.empty());
        assertThat(thread.get(2).text().orElseThrow().value()).isEqualTo("How can we help you today?");
        assertThat(activity.all()).singleElement().isInstanceOf(MessagePosted.class);
        assertThat(conversations.find(id).orElseThrow().assistant().handoff()).contains(HandoffReason.VISITOR_ASKED);

        assisted.send(visitorSays("q2", "Hello?"));
        assertThat(requested).as("only the first question went to the AI agent").containsExactly(1L);
        assertThat(turns.handOff(id, 4, HandoffReason.NO_ANSWER, Optional.empty()))
                .isFalse();
        assertThat(turns.reply(new AssistantReplyCommand(id, 4, "Late", List.of(), false)))
                .isFalse();
        assertThat(conversations.after(id, 0, 10)).hasSize(4);
    }

    @Test
    void a_handoff_to_the_stores_message_ends_the_conversation() {
        handoffMessage = Optional.of("Write to help@shop.example");
        ConversationId id =
                assisted.send(visitorSays("q1", "Where is my parcel?")).conversation();

        assertThat(turns.handOff(id, 1, HandoffReason.NO_ANSWER, Optional.of("en")))
                .isTrue();

        assertThat(conversations.find(id).orElseThrow().stage()).isEqualTo(ConversationStage.CLOSED);
        assertThat(activity.all()).singleElement().isInstanceOf(ConversationEnded.class);
        assertThat(conversations.after(id, 0, 10))
                .extracting(Message::event)
                .containsExactly(
                        Optional.empty(),
                        Optional.of(ConversationEvent.HANDOFF_NO_ANSWER),
                        Optional.empty(),
                        Optional.of(ConversationEvent.ENDED_AFTER_HANDOFF));
    }
}
