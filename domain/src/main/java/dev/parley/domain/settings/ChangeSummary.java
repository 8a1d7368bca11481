package dev.parley.domain.settings;

import java.net.URI;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * How the settings sections describe their changes for the audit log: the fields that differ, named as the settings
 * API names them, with their values before and after. Lists say what was added, removed or changed. The
 * identity-verification secrets are never part of it: a new secret is said to be {@code set} (where there was none) or
 * {@code rotated}, a forgotten one {@code removed}.
 */
final class ChangeSummary {

    private ChangeSummary() {}

    static void changed(Map<String, Object> changes, String name, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            Map<String, Object> change = new LinkedHashMap<>();
            change.put("before", before);
            change.put("after", after);
            changes.put(name, change);
        }
    }

    /** Records a change of a text's translations under {@code <name>Translations}, as language tag to text. */
    static <T> void translations(
            Map<String, Object> changes,
            String name,
            Translations<T> before,
            Translations<T> after,
            Function<T, String> text) {
        changed(changes, name + "Translations", described(before, text), described(after, text));
    }

    private static <T> Map<String, String> described(Translations<T> translations, Function<T, String> text) {
        Map<String, String> described = new LinkedHashMap<>();
        translations.texts().forEach((language, value) -> described.put(language.tag(), text.apply(value)));
        return described;
    }

    static Map<String, Object> design(Appearance appearance) {
        Map<String, Object> design = new LinkedHashMap<>();
        design.put("colour", appearance.colour());
        design.put("icon", lower(appearance.icon()));
        design.put("position", lower(appearance.position()));
        design.put("launcherLabel", appearance.launcherLabel());
        if (!appearance.launcherLabelTranslations().texts().isEmpty()) {
            design.put("launcherLabelTranslations", described(appearance.launcherLabelTranslations(), label -> label));
        }
        return design;
    }

    static Map<String, Object> hub(CustomerHub hub) {
        Map<String, Object> described = new LinkedHashMap<>();
        described.put("active", hub.active());
        described.put("appearance", design(hub.appearance()));
        return described;
    }

    static Map<String, Object> notifications(EmailNotifications notifications) {
        Map<String, Object> described = new LinkedHashMap<>();
        described.put("enabled", notifications.enabled());
        described.put("recipients", notifications.recipients());
        described.put("delaySeconds", notifications.delay().toSeconds());
        return described;
    }

    static String url(Optional<URI> url) {
        return url.map(URI::toString).orElse(null);
    }

    static Map<String, Object> hours(BusinessHours hours) {
        Map<String, Object> described = new LinkedHashMap<>();
        described.put("timeZone", hours.zone().getId());
        described.put("alwaysOpen", hours.alwaysOpen());
        Map<String, Object> schedule = new LinkedHashMap<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            List<String> ranges = hours.rangesOn(day).stream()
                    .map(range -> time(range.start()) + "-" + time(range.end()))
                    .toList();
            if (!ranges.isEmpty()) {
                schedule.put(lower(day), ranges);
            }
        }
        described.put("weeklySchedule", schedule);
        described.put(
                "closures",
                new TreeSet<>(hours.closures())
                        .stream().map(LocalDate::toString).toList());
        return described;
    }

    private static String time(LocalTime time) {
        return time.equals(LocalTime.MAX) ? "24:00" : time.toString();
    }

    static Optional<Map<String, Object>> faqs(List<Faq> before, List<Faq> after) {
        if (before.equals(after)) {
            return Optional.empty();
        }
        Map<FaqId, Faq> old = new LinkedHashMap<>();
        before.forEach(faq -> old.put(faq.id(), faq));
        List<String> added = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        for (Faq faq : after) {
            Faq was = old.remove(faq.id());
            if (was == null) {
                added.add(faq.question());
            } else if (!was.equals(faq)) {
                changed.add(faq.question());
            }
        }
        List<String> removed = old.values().stream().map(Faq::question).toList();
        List<FaqId> orderBefore = before.stream()
                .map(Faq::id)
                .filter(id -> after.stream().anyMatch(faq -> faq.id().equals(id)))
                .toList();
        List<FaqId> orderAfter = after.stream()
                .map(Faq::id)
                .filter(id -> before.stream().anyMatch(faq -> faq.id().equals(id)))
                .toList();
        Map<String, Object> faqs = new LinkedHashMap<>();
        faqs.put("added", added);
        faqs.put("changed", changed);
        faqs.put("removed", removed);
        faqs.put("reordered", !orderBefore.equals(orderAfter));
        return Optional.of(faqs);
    }

    static Optional<Map<String, Object>> origins(Set<String> before, Set<String> after) {
        if (before.equals(after)) {
            return Optional.empty();
        }
        Map<String, Object> origins = new LinkedHashMap<>();
        origins.put(
                "added",
                after.stream()
                        .filter(origin -> !before.contains(origin))
                        .sorted()
                        .toList());
        origins.put(
                "removed",
                before.stream()
                        .filter(origin -> !after.contains(origin))
                        .sorted()
                        .toList());
        return Optional.of(origins);
    }

    static Optional<Map<String, Object>> identity(
            IdentityVerification before, IdentityVerification after, Instant now) {
        Map<String, Object> identity = new LinkedHashMap<>();
        changed(identity, "enforced", before.enforced(), after.enforced());
        if (!before.secret().equals(after.secret())) {
            identity.put(
                    "secret",
                    after.secret().isEmpty() ? "removed" : before.secret().isEmpty() ? "set" : "rotated");
            after.previousSecretUntil(now).ifPresent(until -> identity.put("previousSecretUntil", until.toString()));
        }
        return identity.isEmpty() ? Optional.empty() : Optional.of(identity);
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
