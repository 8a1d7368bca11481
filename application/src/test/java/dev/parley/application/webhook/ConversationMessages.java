package dev.parley.application.webhook;

import dev.parley.domain.conversation.Author;
import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.conversation.Message;
import dev.parley.domain.conversation.MessageText;
import java.time.Instant;
import java.util.Optional;

/** Messages for the webhook tests. */
final class ConversationMessages {

    private ConversationMessages() {}

    static Message visitorSays(String text, Instant at) {
        return new Message(ConversationId.random(), 1, Optional.empty(), Author.visitor(), new MessageText(text), at);
    }
}
