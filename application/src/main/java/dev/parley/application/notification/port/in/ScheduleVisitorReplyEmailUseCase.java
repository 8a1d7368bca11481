package dev.parley.application.notification.port.in;

import dev.parley.domain.conversation.ConversationId;
import java.time.Instant;

/**
 * An agent replied in a visitor's conversation: the reply may have to reach the visitor by email if they left.
 * Driven by the server's relay of conversation activity, inside the reply's own transaction, so that the email is
 * scheduled exactly when the reply is stored.
 */
@FunctionalInterface
public interface ScheduleVisitorReplyEmailUseCase {

    void agentReplied(ConversationId conversation, Instant at);
}
