package dev.parley.adapters.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** A row of {@code sms_thread}: an SMS conversation's number. */
@Entity(name = "SmsThread")
@Table(name = "sms_thread")
class SmsThreadJpaEntity {

    @Id
    @Column(name = "conversation_id")
    String conversationId;

    @Column(name = "phone", nullable = false)
    String phone;

    @Column(name = "created_at", nullable = false)
    LocalDateTime createdAt;
}
