package dev.parley.domain.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.shared.AgentId;
import dev.parley.domain.ticket.TicketId;
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
    private static final AgentId AGENT = new AgentId(UUID.fromString("33333333-3333-3333-3333-333333333333"));

    private static StoredMessage message(long seq, String author, Optional<AgentId> agent, String text, boolean image) {
        return new StoredMessage(
                CONVERSATION,
                seq,
                author,
                agent,
                Optional.ofNullable(text),
                image,
                Optional.empty(),
                Optional.empty(),
                AT);
    }

    @Test
    void a_message_carries_its_conversation_and_sequence_and_its_text_escaped() {
        List<WebhookEvent> events = WebhookEvent.ofMessage(
                message(7, "agent", Optional.of(AGENT), "Say \"hi\"\\\nto\tZażółć\u0001\u2028end", false));

        assertThat(events).singleElement().satisfies(event -> {
            assertThat(event.id()).matches("evt_[0-9a-f]{32}");
            assertThat(event.type()).isEqualTo(WebhookEventType.MESSAGE_CREATED);
            assertThat(event.body())
                    .isEqualTo("{\"type\":\"message.created\",\"timestamp\":\"2026-12-06T10:15:30Z\",\"data\":{"
                            + "\"conversationId\":\"11111111-1111-1111-1111-111111111111\",\"seq\":7,"
                            + "\"author\":\"agent\",\"agentId\":\"33333333-3333-3333-3333-333333333333\","
                            + "\"text\":\"Say \\\"hi\\\"\\\\\\nto\\tZażółć\\u0001\\u2028end\",\"textTruncated\":false,"
                            + "\"hasImage\":false,\"event\":null}}");
            assertThat(event.bytes()).isEqualTo(event.body().getBytes(StandardCharsets.UTF_8));
        });
    }

    @Test
    void a_long_text_is_cut_at_the_limit_and_says_so_never_between_a_surrogate_pair() {
        String text = "a".repeat(WebhookEvent.MAX_TEXT - 1) + "😀" + "tail";
        WebhookEvent event = WebhookEvent.ofMessage(message(1, "visitor", Optional.empty(), text, true))
                .get(0);

        assertThat(event.body())
                .contains("\"text\":\"" + "a".repeat(WebhookEvent.MAX_TEXT - 1) + "\",\"textTruncated\":true")
                .contains("\"agentId\":null")
                .contains("\"hasImage\":true");
        WebhookEvent exact = WebhookEvent.ofMessage(
                        message(2, "visitor", Optional.empty(), "b".repeat(WebhookEvent.MAX_TEXT), false))
                .get(0);
        assertThat(exact.body()).contains("\"textTruncated\":false");
    }

    @Test
    void a_handoff_notice_is_a_message_and_the_handoff_with_its_reason() {
        List<WebhookEvent> events = WebhookEvent.ofMessage(new StoredMessage(
                CONVERSATION,
                4,
                "system",
                Optional.empty(),
                Optional.empty(),
                false,
                Optional.of("handoff_visitor_asked"),
                Optional.of("visitor_asked"),
                AT));

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
    void ticket_events_name_the_ticket_its_conversation_and_the_change_and_nothing_unchanged() {
        assertThat(WebhookEvent.ticketCreated(TICKET, CONVERSATION, "open", AT).body())
                .isEqualTo("{\"type\":\"ticket.created\",\"timestamp\":\"2026-12-06T10:15:30Z\",\"data\":{"
                        + "\"ticketId\":\"22222222-2222-2222-2222-222222222222\","
                        + "\"conversationId\":\"11111111-1111-1111-1111-111111111111\",\"status\":\"open\"}}");
        assertThat(WebhookEvent.ticketChanges(
                        TICKET, CONVERSATION, "open", "open", Optional.empty(), Optional.empty(), AT))
                .isEmpty();
        List<WebhookEvent> both = WebhookEvent.ticketChanges(
                TICKET, CONVERSATION, "snoozed", "open", Optional.empty(), Optional.of(AGENT), AT);
        assertThat(both)
                .extracting(WebhookEvent::type)
                .containsExactly(WebhookEventType.TICKET_STATUS_CHANGED, WebhookEventType.TICKET_ASSIGNED);
        assertThat(both.get(0).body()).contains("\"previousStatus\":\"snoozed\",\"status\":\"open\"");
        assertThat(both.get(1).body())
                .contains("\"previousAssigneeId\":null,\"assigneeId\":\"33333333-3333-3333-3333-333333333333\"");
        assertThat(
                        WebhookEvent.ticketChanges(
                                        TICKET, CONVERSATION, "open", "open", Optional.of(AGENT), Optional.empty(), AT)
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
