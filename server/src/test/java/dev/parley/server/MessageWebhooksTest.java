package dev.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.application.conversation.port.out.AppendMessagePort;
import dev.parley.application.webhook.port.in.PublishWebhookEventUseCase;
import dev.parley.domain.conversation.Author;
import dev.parley.domain.conversation.ConversationEvent;
import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.conversation.Message;
import dev.parley.domain.conversation.MessageText;
import dev.parley.domain.shared.AgentId;
import dev.parley.domain.shared.HandoffReason;
import dev.parley.domain.ticket.TicketId;
import dev.parley.domain.webhook.StoredMessage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MessageWebhooksTest {

    private static final Instant AT = Instant.parse("2026-12-06T10:00:00Z");
    private final ConversationId conversation = ConversationId.random();
    private final List<Message> stored = new ArrayList<>();
    private final List<StoredMessage> told = new ArrayList<>();
    private final AppendMessagePort store = stored::add;
    private final MessageWebhooks webhooks = new MessageWebhooks(store, new PublishWebhookEventUseCase() {
        @Override
        public void ticketOpened(TicketId ticket, ConversationId conversation, String status, Instant at) {
            throw new AssertionError("a message opens no ticket here");
        }

        @Override
        public void ticketChanged(
                TicketId ticket,
                ConversationId conversation,
                String statusBefore,
                String status,
                Optional<AgentId> assigneeBefore,
                Optional<AgentId> assignee,
                Instant at) {
            throw new AssertionError("a message changes no ticket here");
        }

        @Override
        public void messageStored(StoredMessage message) {
            told.add(message);
        }
    });

    @Test
    void every_message_stored_is_told_in_words_after_it_is_stored() {
        AgentId agent = AgentId.random();
        Message reply =
                new Message(conversation, 3, Optional.empty(), Author.agent(agent), new MessageText("On its way"), AT);

        webhooks.append(reply);

        assertThat(stored).containsExactly(reply);
        assertThat(told)
                .containsExactly(new StoredMessage(
                        conversation,
                        3,
                        "agent",
                        Optional.of(agent),
                        Optional.of("On its way"),
                        false,
                        Optional.empty(),
                        Optional.empty(),
                        AT));
    }

    @Test
    void a_handoff_notice_names_its_event_and_its_reason() {
        Message notice = new Message(
                conversation,
                4,
                Optional.empty(),
                Author.system(),
                Optional.empty(),
                Optional.empty(),
                AT,
                Optional.of(ConversationEvent.handoff(HandoffReason.LOW_CONFIDENCE)));

        StoredMessage message = MessageWebhooks.told(notice);

        assertThat(message.author()).isEqualTo("system");
        assertThat(message.event()).contains("handoff_low_confidence");
        assertThat(message.handoffReason()).contains("low_confidence");
        assertThat(MessageWebhooks.told(new Message(
                                conversation,
                                5,
                                Optional.empty(),
                                Author.system(),
                                Optional.empty(),
                                Optional.empty(),
                                AT,
                                Optional.of(ConversationEvent.CLOSED_BY_AGENT)))
                        .handoffReason())
                .isEmpty();
    }

    @Test
    void the_address_a_helpdesk_replies_to_is_never_told() {
        Message passed = new Message(
                conversation,
                6,
                Optional.empty(),
                Author.system(),
                Optional.of(new MessageText("anna@example.com")),
                Optional.empty(),
                AT,
                Optional.of(ConversationEvent.PASSED_TO_HELPDESK));

        StoredMessage message = MessageWebhooks.told(passed);

        assertThat(message.event()).contains("passed_to_helpdesk");
        assertThat(message.text()).isEmpty();
    }
}
