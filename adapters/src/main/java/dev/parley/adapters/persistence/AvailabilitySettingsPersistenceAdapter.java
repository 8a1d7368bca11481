package dev.parley.adapters.persistence;

import dev.parley.application.settings.port.out.SettingsSectionPort;
import dev.parley.domain.settings.AvailabilitySettings;
import dev.parley.domain.settings.TimeRange;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads and stores the business hours and the away message through JPA (a driven adapter). Saving changes the
 * schedule's and closures' rows that differ, so that a date is never deleted and inserted again in one transaction.
 */
@ApplicationScoped
class AvailabilitySettingsPersistenceAdapter implements SettingsSectionPort<AvailabilitySettings> {

    @PersistenceContext(unitName = "parley")
    private EntityManager em;

    @Override
    public AvailabilitySettings load() {
        return toDomain(StoreSettingsJpaEntity.row(em, AvailabilitySettingsJpaEntity.class, LockModeType.NONE));
    }

    @Override
    public AvailabilitySettings loadForUpdate() {
        return toDomain(
                StoreSettingsJpaEntity.row(em, AvailabilitySettingsJpaEntity.class, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public void save(AvailabilitySettings settings) {
        StoreSettingsJpaEntity.row(em, AvailabilitySettingsJpaEntity.class, LockModeType.PESSIMISTIC_WRITE)
                .copyStateOf(settings);
        saveWeeklySchedule(settings.businessHours().weeklySchedule());
        saveClosures(settings.businessHours().closures());
    }

    private AvailabilitySettings toDomain(AvailabilitySettingsJpaEntity row) {
        Map<DayOfWeek, List<TimeRange>> schedule = new EnumMap<>(DayOfWeek.class);
        for (BusinessHoursRangeJpaEntity range : rangeRows()) {
            schedule.computeIfAbsent(range.day(), day -> new ArrayList<>()).add(range.toDomain());
        }
        List<LocalDate> closures =
                closureRows().stream().map(closure -> closure.closedOn).toList();
        return row.toDomain(schedule, closures);
    }

    private void saveWeeklySchedule(Map<DayOfWeek, List<TimeRange>> schedule) {
        Set<String> wanted = new HashSet<>();
        schedule.forEach((day, ranges) -> ranges.forEach(range -> wanted.add(day + " " + range)));
        for (BusinessHoursRangeJpaEntity row : rangeRows()) {
            if (!wanted.remove(row.day() + " " + row.toDomain())) {
                em.remove(row);
            }
        }
        schedule.forEach((day, ranges) -> ranges.stream()
                .filter(range -> wanted.contains(day + " " + range))
                .forEach(range -> em.persist(BusinessHoursRangeJpaEntity.from(day, range))));
    }

    private void saveClosures(Set<LocalDate> closures) {
        Set<LocalDate> missing = new HashSet<>(closures);
        for (BusinessHoursClosureJpaEntity row : closureRows()) {
            if (!missing.remove(row.closedOn)) {
                em.remove(row);
            }
        }
        missing.forEach(date -> em.persist(BusinessHoursClosureJpaEntity.from(date)));
    }

    private List<BusinessHoursRangeJpaEntity> rangeRows() {
        return em.createQuery("SELECT r FROM BusinessHoursRange r", BusinessHoursRangeJpaEntity.class)
                .getResultList();
    }

    private List<BusinessHoursClosureJpaEntity> closureRows() {
        return em.createQuery("SELECT c FROM BusinessHoursClosure c", BusinessHoursClosureJpaEntity.class)
                .getResultList();
    }
}
