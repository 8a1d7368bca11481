package dev.parley.application.sms.port.out;

import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.sms.OutgoingSms;
import dev.parley.domain.sms.OutgoingSmsId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The SMS outbox. Driven. */
public interface OutgoingSmsPort {

    void create(OutgoingSms sms);

    void update(OutgoingSms sms);

    /** The reply, locked until the transaction ends. */
    Optional<OutgoingSms> findForUpdate(OutgoingSmsId id);

    /** The ids of pending replies due now, oldest first. */
    List<OutgoingSmsId> due(Instant now, int limit);

    /** The replies sent (or on their way) in a conversation, by sequence number. */
    List<OutgoingSms> ofConversation(ConversationId conversation);
}
