package dev.parley.application.webhook;

import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.webhook.StoredMessage;
import java.time.Instant;
import java.util.Optional;

/** Messages for the webhook tests. */
final class ConversationMessages {

    private ConversationMessages() {}

    static StoredMessage visitorSays(String text, Instant at) {
        return new StoredMessage(
                ConversationId.random(),
                1,
                "visitor",
                Optional.empty(),
                Optional.of(text),
                false,
                Optional.empty(),
                Optional.empty(),
                at);
    }
}
