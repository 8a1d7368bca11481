package dev.parley.adapters.persistence;

import dev.parley.domain.settings.AvailabilitySettings;
import dev.parley.domain.settings.AwayMessage;
import dev.parley.domain.settings.BusinessHours;
import dev.parley.domain.settings.TimeRange;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The availability section's columns of the store's settings row: time zone, always open and the away message; the
 * weekly schedule and the closed dates live in {@link BusinessHoursRangeJpaEntity} and {@link
 * BusinessHoursClosureJpaEntity}.
 */
@Entity(name = "AvailabilitySettings")
@Table(name = "store_settings")
class AvailabilitySettingsJpaEntity {

    @Id
    @Column(name = "id")
    int id;

    @Column(name = "time_zone", nullable = false)
    String timeZone;

    @Column(name = "always_open", nullable = false)
    boolean alwaysOpen;

    @Column(name = "away_message", nullable = false)
    String awayMessage;

    @Column(name = "away_translations", nullable = false)
    String awayTranslations;

    void copyStateOf(AvailabilitySettings settings) {
        timeZone = settings.businessHours().zone().getId();
        alwaysOpen = settings.businessHours().alwaysOpen();
        awayMessage = settings.awayMessage().value();
        awayTranslations = TranslationsJson.write(settings.awayTranslations(), AwayMessage::value);
    }

    AvailabilitySettings toDomain(Map<DayOfWeek, List<TimeRange>> weeklySchedule, List<LocalDate> closures) {
        return new AvailabilitySettings(
                new BusinessHours(ZoneId.of(timeZone), alwaysOpen, weeklySchedule, Set.copyOf(closures)),
                new AwayMessage(awayMessage),
                TranslationsJson.read(awayTranslations, AwayMessage::new));
    }
}
