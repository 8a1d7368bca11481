package dev.parley.adapters.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An address emailed about new tickets, at its place in the admin's list. */
@Entity(name = "EmailNotificationRecipient")
@Table(name = "email_notification_recipient")
class EmailNotificationRecipientJpaEntity {

    @Id
    @Column(name = "address")
    String address;

    @Column(name = "position", nullable = false)
    int position;

    static EmailNotificationRecipientJpaEntity from(String address, int position) {
        EmailNotificationRecipientJpaEntity entity = new EmailNotificationRecipientJpaEntity();
        entity.address = address;
        entity.position = position;
        return entity;
    }

    /** Moves the address in the list; inside the entity, where EclipseLink's change tracking sees it. */
    void moveTo(int newPosition) {
        position = newPosition;
    }
}
