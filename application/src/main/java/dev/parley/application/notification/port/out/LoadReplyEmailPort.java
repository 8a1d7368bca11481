package dev.parley.application.notification.port.out;

import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.notification.ReplyEmailNotification;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reads the outbox of emails that carry agents' replies to visitors; driven by the reply email use cases. */
public interface LoadReplyEmailPort {

    /** Pending emails whose next attempt is due at {@code now}, earliest first, at most {@code limit}. */
    List<ReplyEmailNotification> due(Instant now, int limit);

    /** The email, locked until the transaction ends so that two workers never claim it both. */
    Optional<ReplyEmailNotification> findForUpdate(UUID id);

    /** The conversation's pending email, if it has one, locked like {@link #findForUpdate}. */
    Optional<ReplyEmailNotification> pendingForUpdate(ConversationId conversation);
}
