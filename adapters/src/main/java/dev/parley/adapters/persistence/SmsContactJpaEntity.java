package dev.parley.adapters.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** A row of {@code sms_contact}. */
@Entity(name = "SmsContact")
@Table(name = "sms_contact")
class SmsContactJpaEntity {

    @Id
    @Column(name = "phone")
    String phone;

    @Column(name = "opted_out", nullable = false)
    boolean optedOut;

    @Column(name = "changed_at", nullable = false)
    LocalDateTime changedAt;

    @Column(name = "visitor_id")
    String visitorId;

    /** Keeps the number with a customer; written here so that the woven change tracking sees it. */
    void pin(String visitor) {
        this.visitorId = visitor;
    }

    /** Opts the number out or in; written here so that the woven change tracking sees it. */
    void setOptedOut(boolean out, LocalDateTime at) {
        this.optedOut = out;
        this.changedAt = at;
    }
}
