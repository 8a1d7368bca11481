package dev.parley.application.sms.port.out;

import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.shared.PhoneNumber;
import java.time.Instant;
import java.util.Optional;

/** Which number each SMS conversation talks to, recorded when the conversation starts. Driven. */
public interface SmsThreadsPort {

    /** Records the conversation's number, unless it has one already. */
    void record(ConversationId conversation, PhoneNumber phone, Instant at);

    Optional<PhoneNumber> phoneOf(ConversationId conversation);
}
