package dev.parley.application.sms.port.out;

import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.shared.PhoneNumber;
import java.time.Instant;
import java.util.Optional;

/**
 * Which number each SMS conversation talks to: the one the customer last wrote from, so that replies follow a customer
 * whose profile's phone changed. Driven.
 */
public interface SmsThreadsPort {

    /** Records the number the customer wrote from as the one replies go to. */
    void record(ConversationId conversation, PhoneNumber phone, Instant at);

    Optional<PhoneNumber> phoneOf(ConversationId conversation);
}
