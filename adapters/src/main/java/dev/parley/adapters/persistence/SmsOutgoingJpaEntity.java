package dev.parley.adapters.persistence;

import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.shared.PhoneNumber;
import dev.parley.domain.sms.OutgoingSms;
import dev.parley.domain.sms.OutgoingSmsId;
import dev.parley.domain.sms.SmsDeliveryState;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.Optional;

/** A row of {@code sms_outgoing}: one reply on its way by SMS. */
@Entity(name = "SmsOutgoing")
@Table(name = "sms_outgoing")
class SmsOutgoingJpaEntity {

    @Id
    @Column(name = "id")
    String id;

    @Column(name = "conversation_id", nullable = false)
    String conversationId;

    @Column(name = "seq", nullable = false)
    long seq;

    @Column(name = "phone", nullable = false)
    String phone;

    @Column(name = "body", nullable = false)
    String body;

    @Column(name = "state", nullable = false)
    String state;

    @Column(name = "attempts", nullable = false)
    int attempts;

    @Column(name = "created_at", nullable = false)
    LocalDateTime createdAt;

    @Column(name = "next_attempt_at", nullable = false)
    LocalDateTime nextAttemptAt;

    @Column(name = "provider_id")
    String providerId;

    @Column(name = "error_code")
    String errorCode;

    @Column(name = "error")
    String error;

    @Column(name = "updated_at", nullable = false)
    LocalDateTime updatedAt;

    @Column(name = "accepted_at")
    LocalDateTime acceptedAt;

    static SmsOutgoingJpaEntity from(OutgoingSms sms) {
        SmsOutgoingJpaEntity row = new SmsOutgoingJpaEntity();
        row.id = sms.id().toString();
        row.conversationId = sms.conversation().toString();
        row.seq = sms.seq();
        row.phone = sms.to().e164();
        row.body = sms.body();
        row.createdAt = UtcTimes.toColumn(sms.createdAt());
        row.copyStateOf(sms);
        return row;
    }

    void copyStateOf(OutgoingSms sms) {
        state = sms.state().name();
        attempts = sms.attempts();
        nextAttemptAt = UtcTimes.toColumn(sms.nextAttemptAt());
        providerId = sms.providerId().orElse(null);
        errorCode = sms.errorCode().orElse(null);
        error = sms.error().orElse(null);
        updatedAt = UtcTimes.toColumn(sms.updatedAt());
        acceptedAt = sms.acceptedAt().map(UtcTimes::toColumn).orElse(null);
    }

    OutgoingSms toDomain() {
        return OutgoingSms.reconstitute(new OutgoingSms.Fields(
                OutgoingSmsId.of(id),
                ConversationId.parse(conversationId),
                seq,
                new PhoneNumber(phone),
                body,
                SmsDeliveryState.valueOf(state),
                attempts,
                UtcTimes.fromColumn(createdAt),
                UtcTimes.fromColumn(nextAttemptAt),
                Optional.ofNullable(providerId),
                Optional.ofNullable(errorCode),
                Optional.ofNullable(error),
                UtcTimes.fromColumn(updatedAt),
                Optional.ofNullable(acceptedAt).map(UtcTimes::fromColumn)));
    }
}
