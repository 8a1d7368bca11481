package dev.parley.adapters.persistence;

import dev.parley.domain.settings.TimeRange;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.UUID;

/**
 * One opening range of the weekly schedule. Times are stored as text, {@code HH:MM} for whole minutes, with
 * {@value #MIDNIGHT} for a range that stays open until midnight ({@link LocalTime#MAX}).
 */
@Entity(name = "BusinessHoursRange")
@Table(name = "business_hours_range")
class BusinessHoursRangeJpaEntity {

    static final String MIDNIGHT = "24:00";

    @Id
    @Column(name = "id")
    String id;

    @Column(name = "day_of_week", nullable = false)
    String dayOfWeek;

    @Column(name = "start_time", nullable = false)
    String startTime;

    @Column(name = "end_time", nullable = false)
    String endTime;

    static BusinessHoursRangeJpaEntity from(DayOfWeek day, TimeRange range) {
        BusinessHoursRangeJpaEntity entity = new BusinessHoursRangeJpaEntity();
        entity.id = UUID.randomUUID().toString();
        entity.dayOfWeek = day.name();
        entity.startTime = toColumn(range.start());
        entity.endTime = toColumn(range.end());
        return entity;
    }

    DayOfWeek day() {
        return DayOfWeek.valueOf(dayOfWeek);
    }

    TimeRange toDomain() {
        return TimeRange.of(fromColumn(startTime), fromColumn(endTime));
    }

    private static String toColumn(LocalTime time) {
        return time.equals(LocalTime.MAX) ? MIDNIGHT : time.toString();
    }

    private static LocalTime fromColumn(String text) {
        return text.equals(MIDNIGHT) ? LocalTime.MAX : LocalTime.parse(text);
    }
}
