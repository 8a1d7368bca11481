package dev.parley.adapters.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** A row of {@code sms_thread}: the number an SMS conversation's replies go to. */
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

    /** Replies go to this number from now on; written here so that the woven change tracking sees it. */
    void replyTo(String number) {
        if (!number.equals(phone)) {
            this.phone = number;
        }
    }
}
