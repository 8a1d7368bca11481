package dev.parley.adapters.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** A row of {@code sms_inbound}: one message received. */
@Entity(name = "SmsInbound")
@Table(name = "sms_inbound")
class SmsInboundJpaEntity {

    @Id
    @Column(name = "message_sid")
    String messageSid;

    @Column(name = "received_at", nullable = false)
    LocalDateTime receivedAt;
}
