package dev.parley.adapters.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A date on which the weekly schedule is closed all day. */
@Entity(name = "BusinessHoursClosure")
@Table(name = "business_hours_closure")
class BusinessHoursClosureJpaEntity {

    @Id
    @Column(name = "closed_on")
    LocalDate closedOn;

    static BusinessHoursClosureJpaEntity from(LocalDate date) {
        BusinessHoursClosureJpaEntity entity = new BusinessHoursClosureJpaEntity();
        entity.closedOn = date;
        return entity;
    }
}
