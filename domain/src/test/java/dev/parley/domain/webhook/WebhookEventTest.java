package dev.parley.domain.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.domain.conversation.Author;
import dev.parley.domain.conversation.Channel;
import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.conversation.MessageText;
import dev.parley.domain.shared.AgentId;
import dev.parley.domain.shared.HandoffReason;
import dev.parley.domain.ticket.TicketId;
import dev.parley.domain.ticket.TicketStatus;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class WebhookEventTest {

    private static final Instant AT = Instant.parse("2026-12-06T10:15:30Z");
    private static final ConversationId CONVERSATION =
            new ConversationId(UUID.fromString("11111111-1111-1111-1111-111111111111"));
    private static final TicketId TICKET = new TicketId(UUID.fromString("22222222-2222-2222-2222-222222222222"));
    private static final AgentId AGENT = new AgentId(UUID.fromString("33333333-3333-3333-3333-333333333333"));

    @Test
    void a_message_carries_its_conversation_and_sequence_and_its_text_escaped() {
        WebhookEvent event = WebhookEvent.messageCreated(
                CONVERSATION,
                7,
                Author.agent(AGENT),
                Optional.of(new MessageText("Say \"hi\"\\\nto\tZażółć\u0001\u2028end")),
                false,
                AT);

        assertThat(event.id()).matches("evt_[0-9a-f]{32}");
        assertThat(event.type()).isEqualTo(WebhookEventType.MESSAGE_CREATED);
        assertThat(event.body())
                .isEqualTo("{\"type\":\"message.created\",\"timestamp\":\"2026-12-06T10:15:30Z\",\"data\":{"
                        + "\"conversationId\":\"11111111-1111-1111-1111-111111111111\",\"seq\":7,\"author\":\"agent\","
                        + "\"agentId\":\"33333333-3333-3333-3333-333333333333\","
                        + "\"text\":\"Say \\\"hi\\\"\\\\\\nto\\tZażółć\\u0001\\u2028end\",\"textTruncated\":false,"
                        + "\"hasImage\":false}}");
        assertThat(event.bytes()).isEqualTo(event.body().getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void a_long_text_is_cut_at_the_limit_and_says_so_never_between_a_surrogate_pair() {
        String text = "a".repeat(WebhookEvent.MAX_TEXT - 1) + "😀" + "tail";
        WebhookEvent event = WebhookEvent.messageCreated(
                CONVERSATION, 1, Author.visitor(), Optional.of(new MessageText(text)), true, AT);

        assertThat(event.body())
                .contains("\"text\":\"" + "a".repeat(WebhookEvent.MAX_TEXT - 1) + "\",\"textTruncated\":true")
                .contains("\"agentId\":null")
                .contains("\"hasImage\":true");
        WebhookEvent exact = WebhookEvent.messageCreated(
                CONVERSATION,
                2,
                Author.visitor(),
                Optional.of(new MessageText("b".repeat(WebhookEvent.MAX_TEXT))),
                false,
                AT);
        assertThat(exact.body()).contains("\"textTruncated\":false");
    }

    @Test
    void ticket_events_name_the_ticket_its_conversation_and_the_change() {
        assertThat(WebhookEvent.ticketCreated(TICKET, CONVERSATION, Channel.CHAT, TicketStatus.OPEN, AT)
                        .body())
                .isEqualTo("{\"type\":\"ticket.created\",\"timestamp\":\"2026-12-06T10:15:30Z\",\"data\":{"
                        + "\"ticketId\":\"22222222-2222-2222-2222-222222222222\","
                        + "\"conversationId\":\"11111111-1111-1111-1111-111111111111\",\"channel\":\"chat\","
                        + "\"status\":\"open\"}}");
        assertThat(WebhookEvent.ticketStatusChanged(TICKET, CONVERSATION, TicketStatus.OPEN, TicketStatus.CLOSED, AT)
                        .body())
                .contains("\"previousStatus\":\"open\",\"status\":\"closed\"");
        assertThat(WebhookEvent.ticketAssigned(TICKET, CONVERSATION, Optional.empty(), Optional.of(AGENT), AT)
                        .body())
                .contains("\"previousAssigneeId\":null,\"assigneeId\":\"33333333-3333-3333-3333-333333333333\"");
        assertThat(WebhookEvent.handedOff(CONVERSATION, Optional.of(TICKET), HandoffReason.VISITOR_ASKED, "inbox", AT)
                        .body())
                .contains("\"reason\":\"visitor_asked\",\"target\":\"inbox\"");
    }

    @Test
    void every_event_has_an_id_of_its_own() {
        WebhookEvent one = WebhookEvent.test(WebhookEndpointId.random(), AT);
        WebhookEvent two = WebhookEvent.test(WebhookEndpointId.random(), AT);

        assertThat(one.id()).isNotEqualTo(two.id());
        assertThat(one.type().wireName()).isEqualTo("webhook.test");
    }
}
