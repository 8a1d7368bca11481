package dev.parley.application.settings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.application.audit.InMemoryAuditLog;
import dev.parley.application.settings.port.in.WidgetConfig;
import dev.parley.application.team.InMemoryTeam;
import dev.parley.domain.settings.Appearance;
import dev.parley.domain.settings.AvailabilitySettings;
import dev.parley.domain.settings.BusinessHours;
import dev.parley.domain.settings.ChatSettings;
import dev.parley.domain.settings.CustomerHub;
import dev.parley.domain.settings.DesignSettings;
import dev.parley.domain.settings.Faq;
import dev.parley.domain.settings.FaqId;
import dev.parley.domain.settings.FaqSettings;
import dev.parley.domain.settings.LauncherIcon;
import dev.parley.domain.settings.LauncherPosition;
import dev.parley.domain.settings.TimeRange;
import dev.parley.domain.shared.AgentId;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WidgetConfigServiceTest {

    /** A Sunday. */
    private static final Instant SUNDAY_NOON = Instant.parse("2026-11-29T12:00:00Z");

    private static final Appearance PURPLE = new Appearance("#7700FF", LauncherIcon.SMILE, LauncherPosition.RIGHT, "");

    private final InMemorySettings settings = new InMemorySettings(
            InMemoryTeam.withAdmin(AgentId.random(), "Ada"),
            new InMemoryAuditLog(),
            Clock.fixed(SUNDAY_NOON, ZoneOffset.UTC));

    @Test
    void the_widget_shows_the_hub_design_and_only_published_faqs_in_order() {
        settings.design.given(DesignSettings.defaults().withCustomerHub(new CustomerHub(true, PURPLE)));
        settings.faqs.given(FaqSettings.defaults()
                .addFaq(new Faq(FaqId.random(), "First?", "First.", true))
                .addFaq(new Faq(FaqId.random(), "Hidden?", "Hidden.", false))
                .addFaq(new Faq(FaqId.random(), "Second?", "Second.", true)));

        WidgetConfig config = settings.widgetConfigService.widgetConfig();

        assertThat(config.available()).isTrue();
        assertThat(config.appearance()).isEqualTo(PURPLE);
        assertThat(config.faqs()).extracting(Faq::question).containsExactly("First?", "Second?");
        assertThat(config.welcomeMessage().value()).isEqualTo("Hi! How can we help you today?");
        assertThat(config.openNow()).isTrue();
        assertThat(config.nextOpening()).isEmpty();
    }

    @Test
    void the_widget_is_unavailable_while_the_chat_is_off() {
        settings.chat.given(ChatSettings.defaults().disableChat());

        assertThat(settings.widgetConfigService.widgetConfig().available()).isFalse();
    }

    @Test
    void the_widget_is_unavailable_while_the_onsite_widget_is_off() {
        settings.chat.given(ChatSettings.defaults().withOnsiteWidget(false));

        assertThat(settings.widgetConfigService.widgetConfig().available()).isFalse();
    }

    @Test
    void outside_business_hours_the_widget_learns_when_the_store_opens_next() {
        settings.availability.given(AvailabilitySettings.defaults()
                .withBusinessHours(BusinessHours.weekly(
                        ZoneId.of("Europe/Warsaw"),
                        Map.of(DayOfWeek.MONDAY, List.of(TimeRange.of(LocalTime.of(9, 0), LocalTime.of(17, 0)))))));

        WidgetConfig config = settings.widgetConfigService.widgetConfig();

        assertThat(config.openNow()).isFalse();
        assertThat(config.nextOpening()).contains(Instant.parse("2026-11-30T08:00:00Z"));
        assertThat(config.awayMessage())
                .isEqualTo(AvailabilitySettings.defaults().awayMessage());
    }

    @Test
    void within_business_hours_the_widget_is_open_by_the_injected_clock() {
        settings.availability.given(AvailabilitySettings.defaults()
                .withBusinessHours(BusinessHours.weekly(
                        ZoneOffset.UTC,
                        Map.of(DayOfWeek.SUNDAY, List.of(TimeRange.of(LocalTime.of(11, 0), LocalTime.of(13, 0)))))));

        WidgetConfig config = settings.widgetConfigService.widgetConfig();

        assertThat(config.openNow()).isTrue();
        assertThat(config.nextOpening()).isEmpty();
    }

    @Test
    void a_second_widget_reads_no_settings_from_the_store_until_they_change() {
        settings.widgetConfigService.widgetConfig();
        int afterFirst = settings.loads();

        settings.widgetConfigService.widgetConfig();
        settings.widgetConfigService.widgetConfig();

        assertThat(afterFirst).isEqualTo(5);
        assertThat(settings.loads()).isEqualTo(afterFirst);
    }
}
