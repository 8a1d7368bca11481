package dev.parley.domain.webhook;

import dev.parley.domain.shared.InvalidValueException;
import java.util.Arrays;
import java.util.List;

/** What an event tells, with the name receivers read in its {@code type}. */
public enum WebhookEventType {
    TICKET_CREATED("ticket.created"),
    TICKET_STATUS_CHANGED("ticket.status_changed"),
    TICKET_ASSIGNED("ticket.assigned"),
    MESSAGE_CREATED("message.created"),
    CONVERSATION_HANDED_OFF("conversation.handed_off"),
    /** Sent on an admin's request to one endpoint only; nobody subscribes to it. */
    WEBHOOK_TEST("webhook.test");

    private final String wireName;

    WebhookEventType(String wireName) {
        this.wireName = wireName;
    }

    /** The name in the event's {@code type}, such as {@code message.created}. */
    public String wireName() {
        return wireName;
    }

    /** The types an endpoint may subscribe to: all but the test event. */
    public static List<WebhookEventType> subscribable() {
        return Arrays.stream(values()).filter(type -> type != WEBHOOK_TEST).toList();
    }

    /**
     * The subscribable type with this name.
     *
     * @throws InvalidValueException when no subscribable type has it
     */
    public static WebhookEventType ofWireName(String name) {
        return subscribable().stream()
                .filter(type -> type.wireName.equals(name))
                .findFirst()
                .orElseThrow(() -> new InvalidValueException(
                        "unknown_event_type",
                        "'" + shown(name) + "' is not an event type; the types are "
                                + String.join(
                                        ", ",
                                        subscribable().stream()
                                                .map(WebhookEventType::wireName)
                                                .toList())
                                + "."));
    }

    /** A name as it may be shown back in an error: short and printable. */
    private static String shown(String name) {
        String printable = name == null ? "" : name.replaceAll("[^\\x20-\\x7E]", "?");
        return printable.length() > 40 ? printable.substring(0, 40) + "…" : printable;
    }
}
