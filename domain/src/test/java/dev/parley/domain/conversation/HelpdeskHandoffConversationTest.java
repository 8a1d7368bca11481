package dev.parley.domain.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.domain.shared.HandoffReason;
import dev.parley.domain.shared.VisitorId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HelpdeskHandoffConversationTest {

    private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");
    private final Conversation conversation =
            Conversation.browse(ConversationId.random(), VisitorId.random(), Channel.CHAT, NOW);

    private void assisted() {
        conversation.assist();
        conversation.post(Author.visitor(), Optional.empty(), new MessageText("Where is 1042?"), NOW);
    }

    @Test
    void with_the_visitors_address_the_conversation_goes_to_the_helpdesk_and_ends() {
        assisted();

        List<Message> told = conversation.handOffToHelpdesk(HandoffReason.VISITOR_ASKED, "anna@example.com", NOW);

        assertThat(told)
                .extracting(message -> message.event().orElseThrow())
                .containsExactly(
                        ConversationEvent.HANDOFF_VISITOR_ASKED,
                        ConversationEvent.PASSED_TO_HELPDESK,
                        ConversationEvent.ENDED_AFTER_HANDOFF);
        assertThat(told.get(1).text()).contains(new MessageText("anna@example.com"));
        assertThat(conversation.stage()).isEqualTo(ConversationStage.CLOSED);
        assertThat(conversation.assistant().handoff()).contains(HandoffReason.VISITOR_ASKED);
    }

    @Test
    void without_an_address_the_visitor_is_asked_and_their_messages_wait_until_they_answer() {
        assisted();

        Message asked = conversation.askEmailForHandoff(HandoffReason.NO_ANSWER, NOW);

        assertThat(asked.event()).contains(ConversationEvent.HANDOFF_EMAIL_ASKED);
        assertThat(conversation.stage()).isEqualTo(ConversationStage.HANDOFF_EMAIL);
        assertThat(conversation.waitsForHandoffEmail()).isTrue();
        long before = conversation.lastSeq();
        assertThatThrownBy(() -> conversation.post(Author.visitor(), Optional.empty(), new MessageText("hello?"), NOW))
                .isInstanceOf(HandoffEmailPendingException.class);
        assertThat(conversation.lastSeq()).isEqualTo(before);

        List<Message> told = conversation.handOffToHelpdesk(HandoffReason.VISITOR_ASKED, "anna@example.com", NOW);

        assertThat(told.get(0).event())
                .as("the reason it was asked for stands")
                .contains(ConversationEvent.HANDOFF_NO_ANSWER);
        assertThat(conversation.isOpen()).isFalse();
    }

    @Test
    void a_visitor_who_would_rather_chat_here_goes_to_the_inbox() {
        assisted();
        conversation.askEmailForHandoff(HandoffReason.VISITOR_ASKED, NOW);

        conversation.handOff(HandoffReason.VISITOR_ASKED, new MessageText("Hi!"), NOW);

        assertThat(conversation.stage()).isEqualTo(ConversationStage.LIVE);
        assertThat(conversation.assistant().emailAskedFor()).isEmpty();
    }

    @Test
    void only_a_conversation_handed_to_a_helpdesk_and_ended_records_the_fallback() {
        assisted();
        assertThatThrownBy(() -> conversation.recordHelpdeskFallback("anna@example.com", NOW))
                .isInstanceOf(IllegalStateException.class);
        conversation.handOffToHelpdesk(HandoffReason.VISITOR_ASKED, "anna@example.com", NOW);

        Message notice = conversation.recordHelpdeskFallback("anna@example.com", NOW);

        assertThat(notice.event()).contains(ConversationEvent.HELPDESK_FALLBACK);
        assertThat(notice.seq()).isEqualTo(conversation.lastSeq());
    }
}
