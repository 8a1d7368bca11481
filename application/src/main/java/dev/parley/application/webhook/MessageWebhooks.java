package dev.parley.application.webhook;

import dev.parley.application.conversation.port.out.AppendMessagePort;
import dev.parley.application.webhook.port.in.PublishWebhookEventUseCase;
import dev.parley.domain.conversation.Message;
import dev.parley.domain.webhook.WebhookEvent;
import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;

/**
 * Every message stored is told to the webhook endpoints: {@code message.created}, and {@code conversation.handed_off}
 * for the notice of a handoff. A decorator of the port every conversation use case stores its messages through, so that
 * no way of writing a message (visitor, agent, AI agent, the store's automatic messages) can forget it; the events go
 * into the outbox in the message's own transaction.
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
        WebhookEvent.ofMessage(message).forEach(webhooks::publish);
    }
}
