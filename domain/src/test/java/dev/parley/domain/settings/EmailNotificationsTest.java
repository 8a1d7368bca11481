package dev.parley.domain.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.domain.shared.InvalidValueException;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class EmailNotificationsTest {

    @Test
    void a_new_store_notifies_nobody() {
        assertThat(EmailNotificationSettings.defaults().emailNotifications()).isEqualTo(EmailNotifications.off());
        assertThat(EmailNotifications.off().enabled()).isFalse();
        assertThat(EmailNotifications.off().recipients()).isEmpty();
        assertThat(EmailNotifications.off().delay()).isZero();
    }

    @Test
    void keeps_the_addresses_stripped_and_in_order() {
        EmailNotifications notifications = new EmailNotifications(
                true, List.of("  team@shop.example ", "Anna.Nowak+support@mail.shop.example"), Duration.ofMinutes(5));

        assertThat(notifications.recipients())
                .containsExactly("team@shop.example", "Anna.Nowak+support@mail.shop.example");
    }

    @Test
    void refuses_turning_on_without_recipients() {
        assertRefused(
                () -> new EmailNotifications(true, List.of(), Duration.ZERO), "email_notifications_need_recipients");
        assertThat(new EmailNotifications(false, List.of(), Duration.ZERO).enabled())
                .isFalse();
    }

    @Test
    void refuses_addresses_that_are_not_plausible() {
        for (String address : List.of(
                "",
                "team",
                "team@",
                "@shop.example",
                "team@shop",
                "a b@shop.example",
                "team@shop.example\r\nBcc: evil@evil.example",
                "team@shop.example, evil@evil.example",
                "Team <team@shop.example>",
                "team@@shop.example",
                "team@shop..example")) {
            assertRefused(() -> new EmailNotifications(false, List.of(address), Duration.ZERO), "invalid_recipient");
        }
    }

    @Test
    void refuses_an_address_longer_than_254_characters() {
        String domain =
                "d".repeat(60) + "." + "e".repeat(60) + "." + "f".repeat(60) + "." + "g".repeat(60) + ".example";
        String longest = "a".repeat(254 - domain.length() - 1) + "@" + domain;
        assertThat(longest).hasSize(254);

        assertThat(new EmailNotifications(false, List.of(longest), Duration.ZERO).recipients())
                .hasSize(1);
        assertRefused(() -> new EmailNotifications(false, List.of("a" + longest), Duration.ZERO), "invalid_recipient");
    }

    @Test
    void refuses_the_same_address_twice_in_any_case() {
        assertRefused(
                () -> new EmailNotifications(true, List.of("team@shop.example", "TEAM@Shop.Example"), Duration.ZERO),
                "duplicate_recipient");
    }

    @Test
    void takes_at_most_twenty_recipients() {
        List<String> twenty = IntStream.range(0, 20)
                .mapToObj(i -> "agent" + i + "@shop.example")
                .toList();
        assertThat(new EmailNotifications(true, twenty, Duration.ZERO).recipients())
                .hasSize(20);

        List<String> more = new java.util.ArrayList<>(twenty);
        more.add("one.more@shop.example");
        assertRefused(() -> new EmailNotifications(true, more, Duration.ZERO), "too_many_recipients");
    }

    @Test
    @SuppressWarnings("CanonicalDuration") // the limit is counted in seconds: a day is fine, a second more is not
    void the_delay_lies_between_nothing_and_a_day() {
        List<String> team = Collections.singletonList("team@shop.example");
        assertThat(new EmailNotifications(true, team, Duration.ofSeconds(86_400)).delay())
                .hasHours(24);
        assertRefused(
                () -> new EmailNotifications(true, team, Duration.ofSeconds(86_401)), "invalid_notification_delay");
        assertRefused(() -> new EmailNotifications(true, team, Duration.ofSeconds(-1)), "invalid_notification_delay");
    }

    @Test
    void a_refused_change_leaves_the_settings_as_they_were() {
        EmailNotificationSettings settings = new EmailNotificationSettings(
                new EmailNotifications(true, List.of("team@shop.example"), Duration.ofSeconds(30)));

        assertRefused(
                () -> new EmailNotificationSettings(new EmailNotifications(true, List.of(), Duration.ZERO)),
                "email_notifications_need_recipients");

        assertThat(settings.emailNotifications().recipients()).containsExactly("team@shop.example");
        assertThat(settings.emailNotifications().delay()).hasSeconds(30);
        assertThat(settings).isNotEqualTo(EmailNotificationSettings.defaults());
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable change, String code) {
        assertThatThrownBy(change)
                .isInstanceOfSatisfying(
                        InvalidValueException.class,
                        refused -> assertThat(refused.code()).isEqualTo(code));
    }
}
