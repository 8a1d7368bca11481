package dev.parley.domain.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.domain.shared.AgentId;
import dev.parley.domain.shared.InvalidValueException;
import dev.parley.domain.shared.VisitorId;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConversationTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    private final VisitorId visitor = VisitorId.random();
    private final Conversation conversation = Conversation.start(ConversationId.random(), visitor, Channel.CHAT, NOW);

    @Test
    void numbers_messages_one_after_another_from_one() {
        Message first =
                conversation.post(Author.visitor(), Optional.of(new ClientMessageId("a")), new MessageText("Hi"), NOW);
        Message second =
                conversation.post(Author.agent(AgentId.random()), Optional.empty(), new MessageText("Hello"), NOW);

        assertThat(first.seq()).isEqualTo(1);
        assertThat(second.seq()).isEqualTo(2);
        assertThat(conversation.lastSeq()).isEqualTo(2);
    }

    @Test
    void a_new_conversation_is_open_and_empty() {
        assertThat(conversation.isOpen()).isTrue();
        assertThat(conversation.lastSeq()).isZero();
        assertThat(conversation.closedAt()).isEmpty();
    }

    @Test
    void refuses_messages_after_close() {
        conversation.close(ConversationEvent.ENDED_BY_VISITOR, NOW);

        assertThatThrownBy(() -> conversation.post(Author.visitor(), Optional.empty(), new MessageText("Hi?"), NOW))
                .isInstanceOf(ConversationClosedException.class)
                .hasMessageContaining("closed");
        assertThat(conversation.lastSeq()).isEqualTo(1);
    }

    @Test
    void closing_records_why_as_the_last_message_in_sequence() {
        conversation.post(Author.visitor(), Optional.of(new ClientMessageId("a")), new MessageText("Hi"), NOW);

        Message notice = conversation.close(ConversationEvent.CLOSED_BY_AGENT, NOW.plusSeconds(60));

        assertThat(notice.seq()).isEqualTo(2);
        assertThat(notice.author()).isEqualTo(Author.system());
        assertThat(notice.event()).contains(ConversationEvent.CLOSED_BY_AGENT);
        assertThat(notice.text()).as("whoever shows the notice words it").isEmpty();
        assertThat(conversation.lastSeq()).isEqualTo(2);
        assertThat(conversation.status()).isEqualTo(ConversationStatus.CLOSED);
        assertThat(conversation.closedAt()).contains(NOW.plusSeconds(60));
    }

    @Test
    void closing_twice_is_refused_because_closed_is_final() {
        conversation.close(ConversationEvent.ENDED_BY_VISITOR, NOW);

        assertThatThrownBy(() -> conversation.close(ConversationEvent.CLOSED_BY_AGENT, NOW.plusSeconds(5)))
                .isInstanceOf(ConversationClosedException.class);
        assertThat(conversation.closedAt()).contains(NOW);
        assertThat(conversation.lastSeq()).isEqualTo(1);
    }

    @Test
    void only_a_message_that_records_an_event_may_say_nothing() {
        assertThatThrownBy(() -> new Message(
                        conversation.id(),
                        1,
                        Optional.empty(),
                        Author.system(),
                        Optional.empty(),
                        Optional.empty(),
                        NOW,
                        Optional.empty()))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void only_parley_itself_records_events() {
        assertThatThrownBy(() -> new Message(
                        conversation.id(),
                        1,
                        Optional.empty(),
                        Author.visitor(),
                        new MessageText("I closed it"),
                        NOW,
                        Optional.of(ConversationEvent.ENDED_BY_VISITOR)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void belongs_only_to_its_visitor() {
        assertThat(conversation.belongsTo(visitor)).isTrue();
        assertThat(conversation.belongsTo(VisitorId.random())).isFalse();
    }

    @Test
    void a_retry_with_the_same_text_is_the_same_message_and_a_different_text_is_refused() {
        Message sent = conversation.post(
                Author.visitor(), Optional.of(new ClientMessageId("c-1")), new MessageText("Where is my order?"), NOW);

        assertThat(sent.confirmRetryOf(new MessageText("  Where is my order? ")))
                .isSameAs(sent);
        assertThatThrownBy(() -> sent.confirmRetryOf(new MessageText("Something else")))
                .isInstanceOf(ClientMessageIdReusedException.class)
                .extracting("code")
                .isEqualTo("client_message_id_reused");
    }

    @Test
    void an_unparseable_id_is_a_conversation_that_does_not_exist() {
        assertThatThrownBy(() -> ConversationId.parse("not-an-id"))
                .isInstanceOf(ConversationNotFoundException.class)
                .extracting("code")
                .isEqualTo("conversation_not_found");
    }

    @Test
    void read_receipts_move_forward_only_and_never_past_the_last_message() {
        conversation.post(Author.visitor(), Optional.of(new ClientMessageId("a")), new MessageText("one"), NOW);
        conversation.post(Author.visitor(), Optional.of(new ClientMessageId("b")), new MessageText("two"), NOW);

        assertThat(conversation.agentSaw(1)).isTrue();
        assertThat(conversation.agentSaw(1)).isFalse();
        assertThat(conversation.agentSaw(0)).isFalse();
        assertThat(conversation.agentSaw(99)).isTrue();
        assertThat(conversation.agentSeenSeq()).isEqualTo(2);
        assertThat(conversation.visitorSaw(-5)).isFalse();
        assertThat(conversation.visitorSaw(2)).isTrue();
        assertThat(conversation.visitorSeenSeq()).isEqualTo(2);
    }

    @Test
    void a_browsing_conversation_goes_live_once_with_the_welcome_message() {
        Conversation browsing = Conversation.browse(ConversationId.random(), visitor, Channel.CHAT, NOW);
        assertThat(browsing.stage()).isEqualTo(ConversationStage.BROWSING);
        assertThat(browsing.lastSeq()).isZero();

        Optional<Message> welcome = browsing.goLive(new MessageText("How can we help?"), NOW);

        assertThat(welcome).hasValueSatisfying(message -> {
            assertThat(message.seq()).isEqualTo(1);
            assertThat(message.author()).isEqualTo(Author.system());
        });
        assertThat(browsing.stage()).isEqualTo(ConversationStage.LIVE);
        assertThat(browsing.goLive(new MessageText("Again?"), NOW)).isEmpty();
        assertThat(browsing.lastSeq()).isEqualTo(1);
    }

    @Test
    void nobody_writes_in_a_browsing_conversation_before_it_goes_live() {
        Conversation browsing = Conversation.browse(ConversationId.random(), visitor, Channel.CHAT, NOW);

        assertThatThrownBy(() -> browsing.post(
                        Author.visitor(), Optional.of(new ClientMessageId("a")), new MessageText("Hi"), NOW))
                .isInstanceOf(IllegalStateException.class);
        assertThat(browsing.lastSeq()).isZero();
    }

    @Test
    void a_closed_conversation_is_closed_whatever_stage_it_was_in_and_never_goes_live() {
        Conversation browsing = Conversation.browse(ConversationId.random(), visitor, Channel.CHAT, NOW);
        browsing.close(ConversationEvent.ENDED_BY_VISITOR, NOW);

        assertThat(browsing.stage()).isEqualTo(ConversationStage.CLOSED);
        assertThatThrownBy(() -> browsing.goLive(new MessageText("Hello"), NOW))
                .isInstanceOf(ConversationClosedException.class);
    }

    @Test
    void the_away_message_answers_once_until_an_agent_writes_again() {
        conversation.post(Author.visitor(), Optional.of(new ClientMessageId("a")), new MessageText("Hi"), NOW);

        Optional<Message> away = conversation.replyAway(new MessageText("We're away"), NOW);
        conversation.post(Author.visitor(), Optional.of(new ClientMessageId("b")), new MessageText("Hello?"), NOW);

        assertThat(away).hasValueSatisfying(reply -> {
            assertThat(reply.seq()).isEqualTo(2);
            assertThat(reply.event()).contains(ConversationEvent.AWAY_REPLY);
        });
        assertThat(conversation.replyAway(new MessageText("We're away"), NOW)).isEmpty();
        conversation.post(
                Author.agent(AgentId.random()),
                Optional.of(new ClientMessageId("c")),
                new MessageText("Back now"),
                NOW);
        assertThat(conversation.replyAway(new MessageText("We're away"), NOW)).isPresent();
    }
}
