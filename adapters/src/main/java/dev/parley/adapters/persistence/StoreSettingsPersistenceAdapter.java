package dev.parley.adapters.persistence;

import dev.parley.application.settings.port.out.LoadStoreSettingsPort;
import dev.parley.application.settings.port.out.SaveStoreSettingsPort;
import dev.parley.domain.settings.Faq;
import dev.parley.domain.settings.StoreSettings;
import dev.parley.domain.settings.TimeRange;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads and stores the store's settings through JPA (a driven adapter): one row of single values and a table for each
 * list. Saving changes the child rows that differ, so that a row's key (an FAQ id, a date, an origin) is never deleted
 * and inserted again in one transaction.
 */
@ApplicationScoped
class StoreSettingsPersistenceAdapter implements LoadStoreSettingsPort, SaveStoreSettingsPort {

    @PersistenceContext(unitName = "parley")
    private EntityManager em;

    @Override
    public StoreSettings load() {
        return toDomain(row(LockModeType.NONE));
    }

    @Override
    public StoreSettings loadForUpdate() {
        return toDomain(row(LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public void save(StoreSettings settings) {
        row(LockModeType.PESSIMISTIC_WRITE).copyStateOf(settings);
        saveFaqs(settings.faqs());
        saveWeeklySchedule(settings.businessHours().weeklySchedule());
        saveClosures(settings.businessHours().closures());
        saveAllowedOrigins(settings.allowedOrigins().values());
        saveNotificationRecipients(settings.emailNotifications().recipients());
    }

    private StoreSettingsJpaEntity row(LockModeType lock) {
        StoreSettingsJpaEntity row = em.find(StoreSettingsJpaEntity.class, StoreSettingsJpaEntity.THE_STORE, lock);
        if (row == null) {
            throw new IllegalStateException("The store's settings row is missing; the database migrations did not run");
        }
        return row;
    }

    private StoreSettings toDomain(StoreSettingsJpaEntity row) {
        List<Faq> faqs = faqRows().stream().map(FaqJpaEntity::toDomain).toList();
        Map<DayOfWeek, List<TimeRange>> schedule = new EnumMap<>(DayOfWeek.class);
        for (BusinessHoursRangeJpaEntity range : rangeRows()) {
            schedule.computeIfAbsent(range.day(), day -> new ArrayList<>()).add(range.toDomain());
        }
        List<LocalDate> closures = closureRows().stream().map(closure -> closure.closedOn).toList();
        List<String> origins = originRows().stream().map(origin -> origin.origin).toList();
        List<String> recipients = recipientRows().stream().map(recipient -> recipient.address).toList();
        return row.toDomain(faqs, schedule, closures, origins, recipients);
    }

    private void saveFaqs(List<Faq> faqs) {
        Map<String, FaqJpaEntity> stored = new HashMap<>();
        faqRows().forEach(row -> stored.put(row.id, row));
        for (int position = 0; position < faqs.size(); position++) {
            Faq faq = faqs.get(position);
            FaqJpaEntity row = stored.remove(faq.id().toString());
            if (row == null) {
                em.persist(FaqJpaEntity.from(faq, position));
            } else {
                row.copyStateOf(faq, position);
            }
        }
        stored.values().forEach(em::remove);
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

    private void saveAllowedOrigins(Set<String> origins) {
        Set<String> missing = new HashSet<>(origins);
        for (AllowedOriginJpaEntity row : originRows()) {
            if (!missing.remove(row.origin)) {
                em.remove(row);
            }
        }
        missing.forEach(origin -> em.persist(AllowedOriginJpaEntity.from(origin)));
    }

    private void saveNotificationRecipients(List<String> recipients) {
        Map<String, EmailNotificationRecipientJpaEntity> stored = new HashMap<>();
        recipientRows().forEach(row -> stored.put(row.address, row));
        for (int position = 0; position < recipients.size(); position++) {
            EmailNotificationRecipientJpaEntity row = stored.remove(recipients.get(position));
            if (row == null) {
                em.persist(EmailNotificationRecipientJpaEntity.from(recipients.get(position), position));
            } else {
                row.moveTo(position);
            }
        }
        stored.values().forEach(em::remove);
    }

    private List<FaqJpaEntity> faqRows() {
        return em.createQuery("SELECT f FROM Faq f ORDER BY f.position, f.id", FaqJpaEntity.class).getResultList();
    }

    private List<BusinessHoursRangeJpaEntity> rangeRows() {
        return em.createQuery("SELECT r FROM BusinessHoursRange r", BusinessHoursRangeJpaEntity.class)
                .getResultList();
    }

    private List<BusinessHoursClosureJpaEntity> closureRows() {
        return em.createQuery("SELECT c FROM BusinessHoursClosure c", BusinessHoursClosureJpaEntity.class)
                .getResultList();
    }

    private List<EmailNotificationRecipientJpaEntity> recipientRows() {
        return em.createQuery("SELECT r FROM EmailNotificationRecipient r ORDER BY r.position, r.address",
                EmailNotificationRecipientJpaEntity.class).getResultList();
    }

    private List<AllowedOriginJpaEntity> originRows() {
        return em.createQuery("SELECT o FROM AllowedOrigin o", AllowedOriginJpaEntity.class).getResultList();
    }
}
