package dev.parley.adapters.persistence;

import dev.parley.application.sms.port.out.DemoPhonePort.DemoSms;
import dev.parley.domain.shared.PhoneNumber;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.Optional;

/** A row of {@code demo_sms}: one message demo mode's fake provider carried. */
@Entity(name = "DemoSms")
@Table(name = "demo_sms")
class DemoSmsJpaEntity {

    @Id
    @Column(name = "sid")
    String sid;

    @Column(name = "phone", nullable = false)
    String phone;

    @Column(name = "to_store", nullable = false)
    boolean toStore;

    @Column(name = "body", nullable = false)
    String body;

    @Column(name = "status", nullable = false)
    String status;

    @Column(name = "webhook_status")
    Integer webhookStatus;

    @Column(name = "status_callback")
    String statusCallback;

    @Column(name = "created_at", nullable = false)
    LocalDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    LocalDateTime updatedAt;

    static DemoSmsJpaEntity from(DemoSms sms) {
        DemoSmsJpaEntity row = new DemoSmsJpaEntity();
        row.sid = sms.sid();
        row.phone = sms.phone().e164();
        row.toStore = sms.toStore();
        row.body = sms.body();
        row.statusCallback = sms.statusCallback().orElse(null);
        row.createdAt = UtcTimes.toColumn(sms.at());
        row.copyStateOf(sms);
        return row;
    }

    void copyStateOf(DemoSms sms) {
        status = sms.status();
        webhookStatus = sms.webhookStatus().orElse(null);
        updatedAt = UtcTimes.toColumn(sms.updatedAt());
    }

    DemoSms toDomain() {
        return new DemoSms(
                sid,
                new PhoneNumber(phone),
                toStore,
                body,
                status,
                Optional.ofNullable(webhookStatus),
                Optional.ofNullable(statusCallback),
                UtcTimes.fromColumn(createdAt),
                UtcTimes.fromColumn(updatedAt));
    }
}
