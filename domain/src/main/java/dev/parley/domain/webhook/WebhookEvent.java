package dev.parley.domain.webhook;

import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.shared.AgentId;
import dev.parley.domain.ticket.TicketId;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One thing that happened, as every endpoint subscribed to its type receives it: a thin body of ids and a short summary
 * ({@code {"type", "timestamp", "data"}}), serialized once when the event happens, so that every attempt sends, and
 * signs, the same bytes. Its {@link #id()} is the {@code webhook-id} of every attempt of every endpoint.
 *
 * @param id {@code evt_} and 32 hex digits
 * @param type what happened
 * @param occurredAt when
 * @param body the JSON body, exactly as sent
 */
public record WebhookEvent(String id, WebhookEventType type, Instant occurredAt, String body) {

    /** The most characters of a message's text that an event carries; a longer one is cut and says so. */
    public static final int MAX_TEXT = 2000;

    public WebhookEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(body, "body");
    }

    /** The body's bytes: what is signed and sent. */
    public byte[] bytes() {
        return body.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * A ticket opened.
     *
     * @param status its status's name, such as {@code open}
     */
    public static WebhookEvent ticketCreated(TicketId ticket, ConversationId conversation, String status, Instant at) {
        Map<String, Object> data = ticketData(ticket, conversation);
        data.put("status", status);
        return of(WebhookEventType.TICKET_CREATED, at, data);
    }

    /**
     * The events of a change to a ticket: its status changed, its assignee changed, both or neither.
     *
     * @param statusBefore the name of its status before, such as {@code open}
     * @param status the name of its status now
     * @return in that order; empty when nothing an endpoint hears of changed
     */
    public static List<WebhookEvent> ticketChanges(
            TicketId ticket,
            ConversationId conversation,
            String statusBefore,
            String status,
            Optional<AgentId> assigneeBefore,
            Optional<AgentId> assignee,
            Instant at) {
        List<WebhookEvent> events = new ArrayList<>(2);
        if (!statusBefore.equals(status)) {
            Map<String, Object> data = ticketData(ticket, conversation);
            data.put("previousStatus", statusBefore);
            data.put("status", status);
            events.add(of(WebhookEventType.TICKET_STATUS_CHANGED, at, data));
        }
        if (!assigneeBefore.equals(assignee)) {
            Map<String, Object> data = ticketData(ticket, conversation);
            data.put("previousAssigneeId", assigneeBefore.map(AgentId::toString).orElse(null));
            data.put("assigneeId", assignee.map(AgentId::toString).orElse(null));
            events.add(of(WebhookEventType.TICKET_ASSIGNED, at, data));
        }
        return events;
    }

    /**
     * The events of a committed message: {@code message.created}, and {@code conversation.handed_off} when the message
     * records the AI agent handing the conversation to a person. Receivers order and deduplicate a conversation's
     * messages by its {@code seq}. The text is cut at {@value #MAX_TEXT} characters (then {@code textTruncated} is
     * true); a system message names the event it records.
     */
    public static List<WebhookEvent> ofMessage(StoredMessage message) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("conversationId", message.conversation().toString());
        data.put("seq", message.seq());
        data.put("author", message.author());
        data.put("agentId", message.agent().map(AgentId::toString).orElse(null));
        String full = message.text().orElse(null);
        boolean cut = full != null && full.length() > MAX_TEXT;
        data.put("text", cut ? cutAt(full, MAX_TEXT) : full);
        data.put("textTruncated", cut);
        data.put("hasImage", message.image());
        data.put("event", message.event().orElse(null));
        WebhookEvent created = of(WebhookEventType.MESSAGE_CREATED, message.at(), data);
        if (message.handoffReason().isEmpty()) {
            return List.of(created);
        }
        Map<String, Object> handoff = new LinkedHashMap<>();
        handoff.put("conversationId", message.conversation().toString());
        handoff.put("seq", message.seq());
        handoff.put("reason", message.handoffReason().get());
        return List.of(created, of(WebhookEventType.CONVERSATION_HANDED_OFF, message.at(), handoff));
    }

    /** The event an admin sends to try an endpoint. */
    public static WebhookEvent test(WebhookEndpointId endpoint, Instant at) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("endpointId", endpoint.toString());
        data.put("message", "This is a test event from Parley.");
        return of(WebhookEventType.WEBHOOK_TEST, at, data);
    }

    private static WebhookEvent of(WebhookEventType type, Instant at, Map<String, Object> data) {
        String id = "evt_" + UUID.randomUUID().toString().replace("-", "");
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("type", type.wireName());
        envelope.put("timestamp", at);
        envelope.put("data", data);
        return new WebhookEvent(id, type, at, WebhookJson.write(envelope));
    }

    private static Map<String, Object> ticketData(TicketId ticket, ConversationId conversation) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("ticketId", ticket.toString());
        data.put("conversationId", conversation.toString());
        return data;
    }

    /** Cut at a length, never between the two halves of a surrogate pair. */
    private static String cutAt(String text, int length) {
        int end = Character.isLowSurrogate(text.charAt(length)) ? length - 1 : length;
        return text.substring(0, end);
    }
}
