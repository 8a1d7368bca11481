package dev.parley.domain.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.domain.conversation.Author;
import dev.parley.domain.conversation.ConversationEvent;
import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.conversation.ImageRef;
import dev.parley.domain.conversation.ImageType;
import dev.parley.domain.conversation.Message;
import dev.parley.domain.conversation.MessageText;
import dev.parley.domain.conversation.UploadId;
import dev.parley.domain.shared.AgentId;
import dev.parley.domain.shared.HandoffReason;
import dev.parley.domain.ticket.TicketId;
import dev.parley.domain.ticket.TicketStatus;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class WebhookEventTest {

    private static final Instant AT = Instant.parse("2026-12-06T10:15:30Z");
    private static final ConversationId CONVERSATION =
            new ConversationId(UUID.fromString("11111111-1111-1111-1111-111111111111"));
    private static final TicketId TICKET = new TicketId(UUID.fromString("22222222-2222-2222-2222-222222222222"));
    private static final ImageRef IMAGE = new ImageRef(UploadId.random(), ImageType.PNG);
    private static final AgentId AGENT = new AgentId(UUID.fromString("33333333-3333-3333-3333-333333333333"));

    @Test
    void a_message_carries_its_conversation_and_sequence_and_its_text_escaped() {
        WebhookEvent event = WebhookEvent.messageCreated(new Message(
                CONVERSATION,
                7,
                Optional.empty(),
                Author.agent(AGENT),
                new MessageText("Say \"hi\"\\\nto\tZażółć\u0001\u2028end"),
                AT));

        assertThat(event.id()).matches("evt_[0-9a-f]{32}");
        assertThat(event.type()).isEqualTo(WebhookEventType.MESSAGE_CREATED);
        assertThat(event.body())
                .isEqualTo("{\"type\":\"message.created\",\"timestamp\":\"2026-12-06T10:15:30Z\",\"data\":{"
                        + "\"conversationId\":\"11111111-1111-1111-1111-111111111111\",\"seq\":7,\"author\":\"agent\","
                        + "\"agentId\":\"33333333-3333-3333-3333-333333333333\","
                        + "\"text\":\"Say \\\"hi\\\"\\\\\\nto\\tZażółć\\u0001\\u2028end\",\"textTruncated\":false,"
                        + "\"hasImage\":false,\"event\":null}}");
        assertThat(event.bytes()).isEqualTo(event.body().getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void a_long_text_is_cut_at_the_limit_and_says_so_never_between_a_surrogate_pair() {
        String text = "a".repeat(WebhookEvent.MAX_TEXT - 1) + "😀" + "tail";
        WebhookEvent event = WebhookEvent.messageCreated(new Message(
                CONVERSATION,
                1,
                Optional.empty(),
                Author.visitor(),
                Optional.of(new MessageText(text)),
                Optional.of(IMAGE),
                AT,
                Optional.empty()));

        assertThat(event.body())
                .contains("\"text\":\"" + "a".repeat(WebhookEvent.MAX_TEXT - 1) + "\",\"textTruncated\":true")
                .contains("\"agentId\":null")
                .contains("\"hasImage\":true");
        WebhookEvent exact = WebhookEvent.messageCreated(new Message(
                CONVERSATION,
                2,
                Optional.empty(),
                Author.visitor(),
                new MessageText("b".repeat(WebhookEvent.MAX_TEXT)),
                AT));
        assertThat(exact.body()).contains("\"textTruncated\":false");
    }

    @Test
    void ticket_events_name_the_ticket_its_conversation_and_the_change() {
        assertThat(WebhookEvent.ticketCreated(TICKET, CONVERSATION, TicketStatus.OPEN, AT)
                        .body())
                .isEqualTo("{\"type\":\"ticket.created\",\"timestamp\":\"2026-12-06T10:15:30Z\",\"data\":{"
                        + "\"ticketId\":\"22222222-2222-2222-2222-222222222222\","
                        + "\"conversationId\":\"11111111-1111-1111-1111-111111111111\",\"status\":\"open\"}}");
        assertThat(WebhookEvent.ticketStatusChanged(TICKET, CONVERSATION, TicketStatus.OPEN, TicketStatus.CLOSED, AT)
                        .body())
                .contains("\"previousStatus\":\"open\",\"status\":\"closed\"");
        assertThat(WebhookEvent.ticketAssigned(TICKET, CONVERSATION, Optional.empty(), Optional.of(AGENT), AT)
                        .body())
                .contains("\"previousAssigneeId\":null,\"assigneeId\":\"33333333-3333-3333-3333-333333333333\"");
    }

    @Test
    void a_handoff_notice_is_a_message_and_the_handoff_with_its_reason() {
        List<WebhookEvent> events = WebhookEvent.ofMessage(new Message(
                CONVERSATION,
                4,
                Optional.empty(),
                Author.system(),
                Optional.empty(),
                Optional.empty(),
                AT,
                Optional.of(ConversationEvent.handoff(HandoffReason.VISITOR_ASKED))));

        assertThat(events)
                .extracting(WebhookEvent::type)
                .containsExactly(WebhookEventType.MESSAGE_CREATED, WebhookEventType.CONVERSATION_HANDED_OFF);
        assertThat(events.get(0).body()).contains("\"author\":\"system\"", "\"event\":\"handoff_visitor_asked\"");
        assertThat(events.get(1).body())
                .endsWith("\"data\":{\"conversationId\":\"11111111-1111-1111-1111-111111111111\",\"seq\":4,"
                        + "\"reason\":\"visitor_asked\"}}");
        assertThat(events.get(0).id()).isNotEqualTo(events.get(1).id());
    }

    @Test
    void a_ticket_change_tells_what_changed_and_nothing_else() {
        assertThat(WebhookEvent.ticketChanges(
                        TICKET,
                        CONVERSATION,
                        TicketStatus.OPEN,
                        TicketStatus.OPEN,
                        Optional.empty(),
                        Optional.empty(),
                        AT))
                .isEmpty();
        assertThat(WebhookEvent.ticketChanges(
                                TICKET,
                                CONVERSATION,
                                TicketStatus.SNOOZED,
                                TicketStatus.OPEN,
                                Optional.empty(),
                                Optional.of(AGENT),
                                AT)
                        .stream()
                        .map(WebhookEvent::type))
                .containsExactly(WebhookEventType.TICKET_STATUS_CHANGED, WebhookEventType.TICKET_ASSIGNED);
        assertThat(WebhookEvent.ticketChanges(
                                TICKET,
                                CONVERSATION,
                                TicketStatus.OPEN,
                                TicketStatus.OPEN,
                                Optional.of(AGENT),
                                Optional.empty(),
                                AT)
                        .stream()
                        .map(WebhookEvent::type))
                .containsExactly(WebhookEventType.TICKET_ASSIGNED);
    }

    @Test
    void every_event_has_an_id_of_its_own() {
        WebhookEvent one = WebhookEvent.test(WebhookEndpointId.random(), AT);
        WebhookEvent two = WebhookEvent.test(WebhookEndpointId.random(), AT);

        assertThat(one.id()).isNotEqualTo(two.id());
        assertThat(one.type().wireName()).isEqualTo("webhook.test");
    }
}
