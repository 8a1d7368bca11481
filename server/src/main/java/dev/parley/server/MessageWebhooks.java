package dev.parley.server;

import dev.parley.application.conversation.port.out.AppendMessagePort;
import dev.parley.application.webhook.port.in.PublishWebhookEventUseCase;
import dev.parley.domain.conversation.ConversationEvent;
import dev.parley.domain.conversation.Message;
import dev.parley.domain.conversation.MessageText;
import dev.parley.domain.webhook.StoredMessage;
import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.util.Locale;
import java.util.Optional;

/**
 * Every message stored is told to the webhook endpoints ({@code message.created}, and {@code conversation.handed_off}
 * for the notice of a handoff): a decorator of the port through which every conversation use case stores its
 * messages, so that no way of writing one (the visitor, an agent, the AI agent, the store's automatic messages) can
 * forget it. The events go into the outbox in the message's own transaction. Here, where Parley is wired, because it
 * joins two contexts that know nothing of each other.
 */
@Decorator
@Priority(Interceptor.Priority.APPLICATION)
public class MessageWebhooks implements AppendMessagePort {

    private final AppendMessagePort stored;
    private final PublishWebhookEventUseCase webhooks;

    @Inject
    public MessageWebhooks(@Delegate AppendMessagePort stored, PublishWebhookEventUseCase webhooks) {
        this.stored = stored;
        this.webhooks = webhooks;
    }

    @Override
    public void append(Message message) {
        stored.append(message);
        webhooks.messageStored(told(message));
    }

    /** The message as webhooks tell of it. */
    static StoredMessage told(Message message) {
        Optional<ConversationEvent> event = message.event();
        return new StoredMessage(
                message.conversationId(),
                message.seq(),
                lower(message.author().kind()),
                message.author().agent(),
                // The address a helpdesk replies to is the visitor's, not a word of the conversation: never sent.
                message.text()
                        .filter(text ->
                                event.filter(MessageWebhooks::carriesAnAddress).isEmpty())
                        .map(MessageText::value),
                message.image().isPresent(),
                event.map(MessageWebhooks::lower),
                event.filter(ConversationEvent::isHandoff)
                        .map(handoff -> lower(handoff).substring("handoff_".length())),
                message.sentAt());
    }

    private static boolean carriesAnAddress(ConversationEvent event) {
        return event == ConversationEvent.PASSED_TO_HELPDESK || event == ConversationEvent.HELPDESK_FALLBACK;
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
