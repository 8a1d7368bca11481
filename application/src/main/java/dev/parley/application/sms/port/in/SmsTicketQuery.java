package dev.parley.application.sms.port.in;

import dev.parley.domain.conversation.ConversationId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The SMS side of a ticket, for agents. Driving. */
public interface SmsTicketQuery {

    /** Empty when the conversation is not an SMS one. */
    Optional<TicketSmsView> sms(ConversationId conversation);

    /** The number, its opt-out, and each reply's state. */
    record TicketSmsView(
            String phone,
            boolean optedOut,
            Optional<Instant> optedOutAt,
            boolean enabled,
            int maxLength,
            List<SmsStateView> messages) {}

    /** One reply's state. */
    record SmsStateView(
            long seq,
            String state,
            Optional<String> errorCode,
            Optional<String> error,
            int segments,
            Instant updatedAt) {}
}
