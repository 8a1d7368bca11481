package dev.parley.adapters.rest;

import dev.parley.domain.settings.Appearance;
import dev.parley.domain.settings.BusinessHours;
import dev.parley.domain.settings.CustomerHub;
import dev.parley.domain.settings.EmailNotifications;
import dev.parley.domain.settings.Faq;
import dev.parley.domain.settings.FaqId;
import dev.parley.domain.settings.LauncherIcon;
import dev.parley.domain.settings.LauncherPosition;
import dev.parley.domain.settings.TimeRange;
import dev.parley.domain.settings.Translations;
import dev.parley.domain.shared.InvalidValueException;
import dev.parley.domain.shared.Language;
import jakarta.json.bind.annotation.JsonbNillable;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The JSON shapes of the settings fields that {@code GET} and {@code PUT /api/v1/settings/{section}} share, and how
 * they are read into the domain's values. Enum values are written in lower case ({@code chat}, {@code right},
 * {@code monday}), times of day as {@code HH:MM} with {@code 24:00} for "until midnight", dates as
 * {@code YYYY-MM-DD}. A value that cannot be read is refused with a {@link RefusedFieldException} naming the field.
 */
public final class SettingsJson {

    /** The refusal code for a required field left out of a section that is given. */
    static final String MISSING_FIELD = "missing_field";

    private static final Pattern TIME_OF_DAY = Pattern.compile("([01][0-9]|2[0-3]):[0-5][0-9]");
    private static final String MIDNIGHT = "24:00";
    private static final int MAX_ZONE_LENGTH = 64;

    private SettingsJson() {}

    /**
     * A launcher design.
     *
     * @param colour a hex colour such as {@code #1F6FEB}
     * @param icon {@code chat}, {@code help}, {@code message} or {@code smile}
     * @param position {@code left} or {@code right}
     * @param launcherLabel the text next to the launcher, up to 40 characters; empty or left out for none
     */
    public record Design(
            String colour,
            String icon,
            String position,
            String launcherLabel,
            Map<String, String> launcherLabelTranslations) {

        static Design of(Appearance appearance) {
            return new Design(
                    appearance.colour(),
                    lower(appearance.icon()),
                    lower(appearance.position()),
                    appearance.launcherLabel(),
                    // Left out while there are none: a look without translations reads as it always did.
                    appearance.launcherLabelTranslations().texts().isEmpty()
                            ? null
                            : translationsOf(appearance.launcherLabelTranslations(), label -> label));
        }

        Appearance toDomain(String field) {
            return SettingsFields.read(
                    field,
                    Map.of(
                            "invalid_colour",
                            "colour",
                            "launcher_label_too_long",
                            "launcherLabel",
                            "invalid_launcher_icon",
                            "icon",
                            "invalid_launcher_position",
                            "position"),
                    () -> appearance(field));
        }

        private Appearance appearance(String field) {
            return new Appearance(
                    required(colour, field + ".colour"),
                    enumValue(
                            LauncherIcon.class,
                            required(icon, field + ".icon"),
                            "invalid_launcher_icon",
                            "The launcher icon"),
                    enumValue(
                            LauncherPosition.class,
                            required(position, field + ".position"),
                            "invalid_launcher_position",
                            "The launcher position"),
                    launcherLabel == null ? "" : launcherLabel,
                    launcherLabelTranslations == null
                            ? Translations.none()
                            : translations(
                                    launcherLabelTranslations, field + ".launcherLabelTranslations", label -> label));
        }
    }

    /**
     * The customer hub, whose design styles the chat while it is active.
     *
     * @param active whether the hub is switched on
     * @param appearance the hub's design
     */
    public record Hub(Boolean active, Design appearance) {

        static Hub of(CustomerHub hub) {
            return new Hub(hub.active(), Design.of(hub.appearance()));
        }

        CustomerHub toDomain() {
            return new CustomerHub(
                    required(active, "customerHub.active"),
                    required(appearance, "customerHub.appearance").toDomain("customerHub.appearance"));
        }
    }

    /**
     * One FAQ.
     *
     * @param id the FAQ's id; leave it out for a new FAQ
     * @param question the question, up to 200 characters
     * @param answer the answer, up to 2,000 characters
     * @param published whether visitors see it
     * @param language {@code en} or {@code pl} for visitors speaking it only; left out or empty for every visitor
     * @param phrasings other ways to ask the question (up to 10, each up to 300 characters), which the AI agent finds
     *     the FAQ by; left out, an FAQ keeps those it has
     */
    public record FaqItem(
            String id, String question, String answer, Boolean published, String language, List<String> phrasings) {

        static FaqItem of(Faq faq) {
            return new FaqItem(
                    faq.id().toString(),
                    faq.question(),
                    faq.answer(),
                    faq.published(),
                    faq.language().map(Language::tag).orElse(null),
                    faq.phrasings());
        }

        /** The FAQ's language; none (every visitor) when left out or empty. */
        Optional<Language> faqLanguage() {
            if (language == null || language.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(SettingsJson.language(language, "faqs[].language"));
        }

        Optional<FaqId> faqId() {
            if (id == null) {
                return Optional.empty();
            }
            try {
                return Optional.of(new FaqId(UUID.fromString(id)));
            } catch (IllegalArgumentException notAnId) {
                throw new InvalidValueException(
                        "invalid_faq_id", "An FAQ id is the id Parley gave the FAQ; leave it" + " out for a new FAQ.");
            }
        }
    }

    /**
     * The links shown before a visitor's first message; {@code null} (or left out) for none.
     *
     * @param privacyPolicyUrl the privacy policy, a full http or https address
     * @param termsUrl the terms, a full http or https address
     */
    @JsonbNillable
    public record Links(String privacyPolicyUrl, String termsUrl) {}

    /**
     * An opening range within one day.
     *
     * @param start when the store opens, {@code HH:MM}
     * @param end when it closes, {@code HH:MM} after the start, or {@code 24:00}
     */
    public record Range(String start, String end) {

        static Range of(TimeRange range) {
            return new Range(timeText(range.start()), timeText(range.end()));
        }

        TimeRange toDomain(String field) {
            return new TimeRange(time(required(start, field + ".start")), time(required(end, field + ".end")));
        }
    }

    /**
     * Business hours.
     *
     * @param timeZone the store's time zone, such as {@code Europe/Warsaw} or {@code Z}
     * @param alwaysOpen whether the store is open at every moment, whatever the schedule says
     * @param weeklySchedule the opening ranges per day, keyed {@code monday} to {@code sunday}; a day left out or
     *     empty is closed
     * @param closures the dates on which the schedule is closed all day
     */
    public record Hours(
            String timeZone, Boolean alwaysOpen, Map<String, List<Range>> weeklySchedule, List<String> closures) {

        static Hours of(BusinessHours hours) {
            Map<String, List<Range>> schedule = new LinkedHashMap<>();
            for (DayOfWeek day : DayOfWeek.values()) {
                schedule.put(
                        lower(day), hours.rangesOn(day).stream().map(Range::of).toList());
            }
            return new Hours(
                    hours.zone().getId(),
                    hours.alwaysOpen(),
                    schedule,
                    hours.closures().stream().map(LocalDate::toString).toList());
        }

        BusinessHours toDomain() {
            return SettingsFields.read(
                    "businessHours",
                    Map.of(
                            "invalid_time_zone",
                            "timeZone",
                            "invalid_day",
                            "weeklySchedule",
                            "invalid_time",
                            "weeklySchedule",
                            "invalid_time_range",
                            "weeklySchedule",
                            "overlapping_time_ranges",
                            "weeklySchedule",
                            "too_many_time_ranges",
                            "weeklySchedule",
                            "invalid_date",
                            "closures",
                            "too_many_closures",
                            "closures"),
                    this::hours);
        }

        private BusinessHours hours() {
            ZoneId zone = zone(required(timeZone, "businessHours.timeZone"));
            Map<DayOfWeek, List<TimeRange>> schedule = new EnumMap<>(DayOfWeek.class);
            if (weeklySchedule != null) {
                weeklySchedule.forEach((dayName, ranges) -> {
                    DayOfWeek day = day(dayName);
                    String field = "businessHours.weeklySchedule." + dayName;
                    List<TimeRange> parsed = new ArrayList<>();
                    for (Range range : ranges == null ? List.<Range>of() : ranges) {
                        parsed.add(required(range, field + "[]").toDomain(field + "[]"));
                    }
                    schedule.put(day, parsed);
                });
            }
            TreeSet<LocalDate> dates = new TreeSet<>();
            for (String date : closures == null ? List.<String>of() : closures) {
                dates.add(date(required(date, "businessHours.closures[]")));
            }
            return new BusinessHours(zone, required(alwaysOpen, "businessHours.alwaysOpen"), schedule, dates);
        }
    }

    /**
     * The team's email notifications of new tickets.
     *
     * @param enabled whether new tickets are emailed; needs at least one recipient
     * @param recipients the addresses to email, at most 20, none twice in any case
     * @param delaySeconds how long after a ticket opens the email goes out unless an agent has read the ticket, 0 to
     *     86,400; left out for 0
     */
    public record Notifications(Boolean enabled, List<String> recipients, Long delaySeconds) {

        static Notifications of(EmailNotifications notifications) {
            return new Notifications(
                    notifications.enabled(),
                    notifications.recipients(),
                    notifications.delay().toSeconds());
        }

        EmailNotifications toDomain() {
            return SettingsFields.read(
                    "emailNotifications",
                    Map.of(
                            "too_many_recipients",
                            "recipients",
                            "duplicate_recipient",
                            "recipients",
                            "invalid_recipient",
                            "recipients",
                            "email_notifications_need_recipients",
                            "recipients",
                            "invalid_notification_delay",
                            "delaySeconds"),
                    this::notifications);
        }

        private EmailNotifications notifications() {
            List<String> addresses = required(recipients, "emailNotifications.recipients");
            addresses.forEach(address -> required(address, "emailNotifications.recipients[]"));
            return new EmailNotifications(
                    required(enabled, "emailNotifications.enabled"),
                    addresses,
                    Duration.ofSeconds(delaySeconds == null ? 0 : delaySeconds));
        }
    }

    /** The value, or a refusal that names the missing field. */
    /** A text's translations as the API shows them: language tag to text. */
    static <T> Map<String, String> translationsOf(Translations<T> translations, Function<T, String> text) {
        Map<String, String> shown = new LinkedHashMap<>();
        translations.texts().forEach((language, value) -> shown.put(language.tag(), text.apply(value)));
        return shown;
    }

    /**
     * Translations as a body gives them: language tag to text; a blank text means the language has none of its own.
     *
     * @throws RefusedFieldException when a language is one Parley does not speak, or a text is refused
     */
    static <T> Translations<T> translations(Map<String, String> given, String field, Function<String, T> text) {
        Map<Language, T> texts = new EnumMap<>(Language.class);
        for (Map.Entry<String, String> entry : given.entrySet()) {
            Language language = language(entry.getKey(), field);
            if (entry.getValue() != null && !entry.getValue().isBlank()) {
                texts.put(language, SettingsFields.read(field, () -> text.apply(entry.getValue())));
            }
        }
        return new Translations<>(texts);
    }

    /**
     * The language a tag names, {@code en} or {@code pl}.
     *
     * @throws RefusedFieldException when the tag names no language Parley speaks
     */
    static Language language(String tag, String field) {
        return Language.of(tag)
                .filter(language -> language.tag().equals(tag))
                .orElseThrow(() -> new RefusedFieldException(
                        field,
                        "unsupported_language",
                        "Parley speaks "
                                + Arrays.stream(Language.values())
                                        .map(Language::tag)
                                        .collect(Collectors.joining(" and "))
                                + "; '" + tag + "' is not one of them."));
    }

    static <T> T required(T value, String field) {
        if (value == null) {
            throw new RefusedFieldException(field, MISSING_FIELD, "The field " + field + " is required.");
        }
        return value;
    }

    static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String text, String code, String what) {
        for (E candidate : type.getEnumConstants()) {
            if (candidate.name().equalsIgnoreCase(text.strip())) {
                return candidate;
            }
        }
        String choices =
                Arrays.stream(type.getEnumConstants()).map(SettingsJson::lower).collect(Collectors.joining(", "));
        throw new InvalidValueException(code, what + " is one of " + choices + ".");
    }

    private static DayOfWeek day(String name) {
        Objects.requireNonNull(name, "day");
        for (DayOfWeek day : DayOfWeek.values()) {
            if (lower(day).equals(name.strip().toLowerCase(Locale.ROOT))) {
                return day;
            }
        }
        throw new InvalidValueException(
                "invalid_day",
                "The weekly schedule names days monday to sunday; '" + shortened(name) + "' is not one of them.");
    }

    private static LocalTime time(String text) {
        String stripped = text.strip();
        if (stripped.equals(MIDNIGHT)) {
            return LocalTime.MAX;
        }
        if (!TIME_OF_DAY.matcher(stripped).matches()) {
            throw new InvalidValueException(
                    "invalid_time",
                    "Opening hours are written as HH:MM, such as 09:00 or" + " 17:30, with 24:00 for midnight; '"
                            + shortened(text) + "' is not.");
        }
        return LocalTime.parse(stripped);
    }

    private static String timeText(LocalTime time) {
        return time.equals(LocalTime.MAX) ? MIDNIGHT : time.toString();
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeException notADate) {
            throw new InvalidValueException(
                    "invalid_date",
                    "Closed days are dates written as YYYY-MM-DD, such as" + " 2026-12-25; '" + shortened(text)
                            + "' is not.");
        }
    }

    private static ZoneId zone(String text) {
        String stripped = text.strip();
        if (stripped.length() > MAX_ZONE_LENGTH) {
            throw notAZone(text);
        }
        try {
            return ZoneId.of(stripped);
        } catch (DateTimeException notAZone) {
            throw notAZone(text);
        }
    }

    private static InvalidValueException notAZone(String text) {
        return new InvalidValueException(
                "invalid_time_zone",
                "The time zone must be a name such as Europe/Warsaw" + " or an offset such as +01:00; '"
                        + shortened(text) + "' is not.");
    }

    private static String shortened(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
