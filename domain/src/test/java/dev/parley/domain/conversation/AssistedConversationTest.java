package dev.parley.domain.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.domain.shared.AgentId;
import dev.parley.domain.shared.HandoffReason;
import dev.parley.domain.shared.VisitorId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AssistedConversationTest {

    private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");
    private static final MessageText WELCOME = new MessageText("Hi! How can we help?");
    private final Conversation conversation =
            Conversation.browse(ConversationId.random(), VisitorId.random(), Channel.CHAT, NOW);

    @Test
    void the_assistant_takes_a_browsing_conversation_once_and_the_visitor_writes_to_it_without_the_team() {
        assertThat(conversation.assist()).isTrue();
        assertThat(conversation.assist()).as("taking it again changes nothing").isFalse();

        Message question = ask("How long is shipping?");

        assertThat(question.seq()).isEqualTo(1);
        assertThat(conversation.stage()).isEqualTo(ConversationStage.ASSISTED);
        assertThat(conversation.assistant()).isEqualTo(new AssistantState(true, 0, 0, Optional.empty()));
    }

    @Test
    void answers_are_the_bots_with_their_sources_and_count_the_unsure_ones_in_a_row() {
        conversation.assist();
        ask("How long is shipping?");

        Message answer = conversation.answerAsAssistant(
                new MessageText("2–3 working days."),
                List.of(Citation.source("How long is shipping?", Optional.of("https://shop.example/shipping"))),
                false,
                NOW);
        conversation.answerAsAssistant(
                new MessageText("Did you mean…"),
                List.of(Citation.choice("Returns"), Citation.choice("Refunds")),
                true,
                NOW);

        assertThat(answer.author()).isEqualTo(Author.bot());
        assertThat(answer.citations()).hasSize(1);
        assertThat(conversation.assistant().answered()).isEqualTo(2);
        assertThat(conversation.assistant().unsure()).isEqualTo(1);
        conversation.answerAsAssistant(new MessageText("Sure."), List.of(), false, NOW);
        assertThat(conversation.assistant().unsure())
                .as("a sure answer breaks the run")
                .isZero();
    }

    @Test
    void a_reply_in_kind_is_the_bots_message_and_counts_neither_as_an_answer_nor_for_the_unsure_run() {
        conversation.assist();
        ask("Which one?");
        conversation.answerAsAssistant(
                new MessageText("Did you mean…"), List.of(Citation.choice("Returns")), true, NOW);
        ask("ok thanks");

        Message inKind = conversation.replyInKindAsAssistant(new MessageText("You're welcome!"), NOW);

        assertThat(inKind.seq()).isEqualTo(4);
        assertThat(inKind.author()).isEqualTo(Author.bot());
        assertThat(inKind.citations()).isEmpty();
        assertThat(conversation.lastSeq()).isEqualTo(4);
        assertThat(conversation.assistant()).isEqualTo(new AssistantState(true, 1, 1, Optional.empty()));
    }

    @Test
    void a_handoff_records_why_goes_live_with_the_welcome_and_the_assistant_never_answers_again() {
        conversation.assist();
        ask("I want a human");

        List<Message> handoff = conversation.handOff(HandoffReason.VISITOR_ASKED, WELCOME, NOW);

        assertThat(handoff).extracting(Message::seq).containsExactly(2L, 3L);
        assertThat(handoff.get(0).event()).contains(ConversationEvent.HANDOFF_VISITOR_ASKED);
        assertThat(handoff.get(1).text()).contains(WELCOME);
        assertThat(conversation.stage()).isEqualTo(ConversationStage.LIVE);
        assertThat(conversation.assistant().handoff()).contains(HandoffReason.VISITOR_ASKED);
        assertThatThrownBy(() -> conversation.answerAsAssistant(new MessageText("Late"), List.of(), false, NOW))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> conversation.replyInKindAsAssistant(new MessageText("Hi!"), NOW))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> conversation.handOff(HandoffReason.ERROR, WELCOME, NOW))
                .isInstanceOf(IllegalStateException.class);
        assertThat(conversation.assist())
                .as("a live conversation is not taken back")
                .isFalse();
        assertThat(conversation.lastSeq()).isEqualTo(3);
        conversation.post(Author.agent(AgentId.random()), Optional.empty(), new MessageText("Hello!"), NOW);
    }

    @Test
    void a_handoff_with_the_stores_message_tells_the_visitor_and_ends_the_conversation() {
        conversation.assist();
        ask("Where is my parcel?");

        List<Message> handoff = conversation.handOffWithMessage(
                HandoffReason.NO_ANSWER, new MessageText("Write to help@shop.example"), NOW);

        assertThat(handoff)
                .extracting(Message::event)
                .containsExactly(
                        Optional.of(ConversationEvent.HANDOFF_NO_ANSWER),
                        Optional.empty(),
                        Optional.of(ConversationEvent.ENDED_AFTER_HANDOFF));
        assertThat(handoff.get(1).text()).contains(new MessageText("Write to help@shop.example"));
        assertThat(conversation.stage()).isEqualTo(ConversationStage.CLOSED);
    }

    @Test
    void a_conversation_the_assistant_answers_reaches_the_team_only_by_a_handoff() {
        conversation.assist();

        assertThatThrownBy(() -> conversation.goLive(WELCOME, NOW)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() ->
                        conversation.post(Author.agent(AgentId.random()), Optional.empty(), new MessageText("Hi"), NOW))
                .isInstanceOf(IllegalStateException.class);
        assertThat(conversation.lastSeq()).isZero();
    }

    @Test
    void only_the_assistant_cites_and_at_most_three_things() {
        List<Citation> four =
                List.of(Citation.choice("a"), Citation.choice("b"), Citation.choice("c"), Citation.choice("d"));
        conversation.assist();

        assertThatThrownBy(() -> conversation.answerAsAssistant(new MessageText("x"), four, true, NOW))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(conversation.lastSeq())
                .as("a refused answer changes nothing")
                .isZero();
        assertThat(conversation.assistant().answered()).isZero();
        assertThatThrownBy(() -> new Message(
                        conversation.id(),
                        1,
                        Optional.empty(),
                        Author.visitor(),
                        Optional.of(new MessageText("x")),
                        Optional.empty(),
                        NOW,
                        Optional.empty(),
                        List.of(Citation.choice("a"))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Citation.source("Shipping", Optional.of("javascript:alert(1)")))
                .hasMessageContaining("http");
    }

    @Test
    void neither_an_away_reply_nor_a_handoff_closes_a_conversation() {
        assertThatThrownBy(() -> conversation.close(ConversationEvent.HANDOFF_ERROR, NOW))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(conversation.isOpen()).isTrue();
    }

    private Message ask(String text) {
        return conversation.post(
                Author.visitor(), Optional.of(new ClientMessageId("q-" + text.length())), new MessageText(text), NOW);
    }
}
