package dev.parley.application.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.application.audit.InMemoryAuditLog;
import dev.parley.application.settings.port.in.UpdateAvailabilitySettingsCommand;
import dev.parley.application.settings.port.in.UpdateBehaviourSettingsCommand;
import dev.parley.application.settings.port.in.UpdateBehaviourSettingsCommand.Links;
import dev.parley.application.settings.port.in.UpdateEmailNotificationSettingsCommand;
import dev.parley.application.settings.port.in.UpdateFaqSettingsCommand;
import dev.parley.application.settings.port.in.UpdateFaqSettingsCommand.FaqEntry;
import dev.parley.application.team.InMemoryTeam;
import dev.parley.domain.settings.AvailabilitySettings;
import dev.parley.domain.settings.AwayMessage;
import dev.parley.domain.settings.BehaviourSettings;
import dev.parley.domain.settings.BusinessHours;
import dev.parley.domain.settings.EmailNotifications;
import dev.parley.domain.settings.Faq;
import dev.parley.domain.settings.FaqId;
import dev.parley.domain.settings.FaqSettings;
import dev.parley.domain.settings.TimeRange;
import dev.parley.domain.settings.WelcomeMessage;
import dev.parley.domain.shared.AgentId;
import dev.parley.domain.shared.InvalidValueException;
import java.net.URI;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The behaviour, FAQ, availability and email-notification use cases, each on its own section. */
class SectionUseCasesTest {

    private static final Instant NOW = Instant.parse("2026-11-29T12:00:00Z");
    private static final AgentId ADMIN = AgentId.random();

    private final InMemoryAuditLog audit = new InMemoryAuditLog();
    private final InMemorySettings settings =
            new InMemorySettings(InMemoryTeam.withAdmin(ADMIN, "Ada Admin"), audit, Clock.fixed(NOW, ZoneOffset.UTC));

    private static UpdateBehaviourSettingsCommand behaviour(WelcomeMessage welcome, Links links, Duration threshold) {
        return new UpdateBehaviourSettingsCommand(
                ADMIN, Optional.ofNullable(welcome), Optional.ofNullable(links), Optional.ofNullable(threshold));
    }

    private static UpdateFaqSettingsCommand faqs(FaqEntry... entries) {
        return new UpdateFaqSettingsCommand(ADMIN, Optional.of(List.of(entries)));
    }

    @Test
    void only_the_fields_named_change() {
        BehaviourSettings changed = settings.behaviourService.update(
                behaviour(new WelcomeMessage("Welcome to our shop!"), null, Duration.ofMinutes(5)));

        assertThat(changed)
                .isEqualTo(BehaviourSettings.defaults()
                        .withWelcomeMessage(new WelcomeMessage("Welcome to our shop!"))
                        .withWaitingThreshold(Duration.ofMinutes(5)));
        assertThat(settings.behaviour.saves()).hasSize(1);
        assertThat(audit.entries())
                .singleElement()
                .satisfies(entry -> assertThat(entry.summary())
                        .containsOnlyKeys("welcomeMessage", "waitingThresholdSeconds")
                        .containsEntry("waitingThresholdSeconds", Map.of("before", 180L, "after", 300L)));
    }

    @Test
    void links_are_set_and_an_empty_link_is_removed() {
        URI privacy = URI.create("https://shop.example.com/privacy");
        settings.behaviour.given(BehaviourSettings.defaults().withTermsUrl(URI.create("https://shop.example.com/t")));

        BehaviourSettings changed = settings.behaviourService.update(
                behaviour(null, new Links(Optional.of(privacy), Optional.empty()), null));

        assertThat(changed.privacyPolicyUrl()).contains(privacy);
        assertThat(changed.termsUrl()).isEmpty();
    }

    @Test
    void a_link_that_is_not_a_web_address_is_refused() {
        Links links = new Links(Optional.of(URI.create("javascript:alert(1)")), Optional.empty());

        assertThatThrownBy(() -> settings.behaviourService.update(behaviour(null, links, null)))
                .hasFieldOrPropertyWithValue("code", "invalid_url");
        assertThat(settings.saves()).isZero();
    }

    @Test
    void the_faqs_are_replaced_in_the_given_order_and_new_ones_get_an_id() {
        FaqId kept = FaqId.random();
        settings.faqs.given(FaqSettings.defaults()
                .addFaq(new Faq(kept, "Do you ship abroad?", "Yes, to the whole EU.", true))
                .addFaq(Faq.draft(FaqId.random(), "Removed?", "Yes.")));

        FaqSettings changed = settings.faqService.update(faqs(
                new FaqEntry(Optional.empty(), "How do I return an item?", "Within 30 days.", false),
                new FaqEntry(Optional.of(kept), "Do you ship abroad?", "Yes, worldwide.", true)));

        assertThat(changed.faqs())
                .extracting(Faq::question)
                .containsExactly("How do I return an item?", "Do you ship abroad?");
        assertThat(changed.faqs().get(1).id()).isEqualTo(kept);
        assertThat(changed.faqs().get(1).answer()).isEqualTo("Yes, worldwide.");
        assertThat(changed.faqs().get(0).id()).isNotEqualTo(kept);
        assertThat(changed.faqs().get(0).published()).isFalse();
        assertThat(audit.entries())
                .singleElement()
                .satisfies(entry -> assertThat(entry.summary())
                        .isEqualTo(Map.of(
                                "faqs",
                                Map.of(
                                        "added",
                                        List.of("How do I return an item?"),
                                        "changed",
                                        List.of("Do you ship abroad?"),
                                        "removed",
                                        List.of("Removed?"),
                                        "reordered",
                                        false))));
    }

    @Test
    void two_faqs_with_one_id_or_an_empty_question_are_refused_and_nothing_is_saved() {
        FaqId id = FaqId.random();

        assertThatThrownBy(() -> settings.faqService.update(faqs(
                        new FaqEntry(Optional.of(id), "One?", "One.", true),
                        new FaqEntry(Optional.of(id), "Two?", "Two.", true))))
                .hasFieldOrPropertyWithValue("code", "duplicate_faq");
        assertThatThrownBy(() ->
                        settings.faqService.update(faqs(new FaqEntry(Optional.empty(), "   ", "An answer", true))))
                .isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("code", "invalid_faq_question");
        assertThat(settings.saves()).isZero();
    }

    @Test
    void an_faq_given_without_phrasings_keeps_its_own_and_one_given_with_them_has_those() {
        FaqId kept = FaqId.random();
        FaqId rephrased = FaqId.random();
        settings.faqs.given(FaqSettings.defaults()
                .addFaq(new Faq(kept, "Shipping?", "Two days.", true).withPhrasings(List.of("Delivery time")))
                .addFaq(new Faq(rephrased, "Returns?", "30 days.", true).withPhrasings(List.of("Send back"))));

        FaqSettings changed = settings.faqService.update(faqs(
                new FaqEntry(Optional.of(kept), "Shipping?", "Three days.", true),
                new FaqEntry(
                        Optional.of(rephrased),
                        "Returns?",
                        "30 days.",
                        true,
                        Optional.empty(),
                        Optional.of(List.of("Refund", "returns", " Exchange "))),
                new FaqEntry(Optional.empty(), "Sizes?", "S to XL.", true)));

        assertThat(changed.faqs())
                .extracting(Faq::phrasings)
                .containsExactly(List.of("Delivery time"), List.of("Refund", "Exchange"), List.of());
        assertThat(settings.faqService.faqSettings()).isEqualTo(changed);
    }

    @Test
    void too_many_or_too_long_phrasings_are_refused_and_nothing_is_saved() {
        List<String> eleven = java.util.stream.IntStream.rangeClosed(1, 11)
                .mapToObj(n -> "Phrasing " + n)
                .toList();

        assertThatThrownBy(() -> settings.faqService.update(faqs(new FaqEntry(
                        Optional.empty(), "Why?", "Because.", true, Optional.empty(), Optional.of(eleven)))))
                .hasFieldOrPropertyWithValue("code", "too_many_faq_phrasings");
        assertThatThrownBy(() -> settings.faqService.update(faqs(new FaqEntry(
                        Optional.empty(),
                        "Why?",
                        "Because.",
                        true,
                        Optional.empty(),
                        Optional.of(List.of("p".repeat(301)))))))
                .hasFieldOrPropertyWithValue("code", "invalid_faq_phrasing");
        assertThat(settings.saves()).isZero();
    }

    @Test
    void the_business_hours_and_away_message_are_replaced() {
        BusinessHours hours = BusinessHours.weekly(
                ZoneId.of("Europe/Warsaw"),
                Map.of(DayOfWeek.MONDAY, List.of(TimeRange.of(LocalTime.of(9, 0), LocalTime.of(17, 0)))));

        AvailabilitySettings changed = settings.availabilityService.update(new UpdateAvailabilitySettingsCommand(
                ADMIN, Optional.of(hours), Optional.of(new AwayMessage("Back on Monday."))));

        assertThat(changed.businessHours()).isEqualTo(hours);
        assertThat(changed.awayMessage().value()).isEqualTo("Back on Monday.");
        assertThat(settings.availabilityService.availabilityAt(NOW).open()).isFalse();
        assertThat(settings.availabilityService.availabilityAt(NOW).nextOpening())
                .contains(Instant.parse("2026-11-30T08:00:00Z"));
    }

    @Test
    void email_notifications_change_on_their_own_and_reach_the_notifications_query() {
        EmailNotifications team = new EmailNotifications(true, List.of("team@shop.example"), Duration.ofMinutes(1));

        settings.emailNotificationService.update(new UpdateEmailNotificationSettingsCommand(ADMIN, Optional.of(team)));

        assertThat(settings.emailNotifications.stored().emailNotifications()).isEqualTo(team);
        assertThat(settings.emailNotificationService.newTicketEmails()).satisfies(wanted -> {
            assertThat(wanted.enabled()).isTrue();
            assertThat(wanted.recipients()).containsExactly("team@shop.example");
            assertThat(wanted.delay()).isEqualTo(Duration.ofMinutes(1));
        });
        assertThat(settings.behaviour.saves()).isEmpty();
    }

    @Test
    void email_notifications_without_recipients_are_refused() {
        assertThatThrownBy(() -> settings.emailNotificationService.update(new UpdateEmailNotificationSettingsCommand(
                        ADMIN, Optional.of(new EmailNotifications(true, List.of(), Duration.ZERO)))))
                .hasFieldOrPropertyWithValue("code", "email_notifications_need_recipients");
        assertThat(settings.saves()).isZero();
    }
}
