package dev.parley.application.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.application.audit.InMemoryAuditLog;
import dev.parley.application.conversation.MovableClock;
import dev.parley.application.settings.port.in.StoreSettingsView;
import dev.parley.application.settings.port.in.UpdateStoreSettingsCommand;
import dev.parley.application.settings.port.in.UpdateStoreSettingsCommand.FaqEntry;
import dev.parley.application.settings.port.in.UpdateStoreSettingsCommand.IdentityVerificationChange;
import dev.parley.application.settings.port.in.UpdateStoreSettingsCommand.Links;
import dev.parley.application.settings.port.in.WidgetConfig;
import dev.parley.application.team.InMemoryTeam;
import dev.parley.domain.settings.AllowedOrigins;
import dev.parley.domain.settings.Appearance;
import dev.parley.domain.settings.BusinessHours;
import dev.parley.domain.settings.CustomerHub;
import dev.parley.domain.settings.EmailNotifications;
import dev.parley.domain.settings.Faq;
import dev.parley.domain.settings.FaqId;
import dev.parley.domain.settings.IdentityVerification;
import dev.parley.domain.settings.LauncherIcon;
import dev.parley.domain.settings.LauncherPosition;
import dev.parley.domain.settings.StoreSettings;
import dev.parley.domain.settings.TimeRange;
import dev.parley.domain.settings.WelcomeMessage;
import dev.parley.domain.shared.AgentId;
import dev.parley.domain.shared.InvalidValueException;
import dev.parley.domain.team.AdminsOnlyException;
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

class SettingsServiceTest {

    /** A Sunday. */
    private static final Instant SUNDAY_NOON = Instant.parse("2026-11-29T12:00:00Z");
    private static final String SECRET = "a-shared-secret-of-at-least-32-characters";
    private static final AgentId ADMIN = AgentId.random();
    private static final Appearance GREEN = new Appearance("#00AA55", LauncherIcon.HELP, LauncherPosition.LEFT, "Help");
    private static final Appearance PURPLE = new Appearance("#7700FF", LauncherIcon.SMILE, LauncherPosition.RIGHT, "");

    private final InMemoryStoreSettings store = new InMemoryStoreSettings();
    private final InMemoryTeam team = InMemoryTeam.withAdmin(ADMIN, "Ada Admin");
    private final InMemoryAuditLog audit = new InMemoryAuditLog();
    private final SettingsService service = new SettingsService(store, store, store, team, audit,
            Clock.fixed(SUNDAY_NOON, ZoneOffset.UTC));

    private static UpdateStoreSettingsCommand change() {
        return UpdateStoreSettingsCommand.nothing();
    }

    @Test
    void admins_see_whether_a_secret_is_set_but_never_the_secret() {
        store.given(StoreSettings.defaults().withIdentityVerification(
                StoreSettings.defaults().identityVerification().withSecret(SECRET).withEnforced(true)));

        StoreSettingsView view = service.settings();

        assertThat(view.identitySecretSet()).isTrue();
        assertThat(view.identityVerificationEnforced()).isTrue();
        assertThat(view.toString()).doesNotContain(SECRET);
    }

    @Test
    void email_notifications_change_as_a_section_and_leave_the_rest_as_it_was() {
        EmailNotifications team = new EmailNotifications(true, List.of("team@shop.example"), Duration.ofMinutes(1));

        StoreSettingsView view = service.update(ADMIN, change().withEmailNotifications(team));

        assertThat(view.emailNotifications()).isEqualTo(team);
        assertThat(store.stored().emailNotifications()).isEqualTo(team);
        assertThat(store.stored().welcomeMessage()).isEqualTo(StoreSettings.defaults().welcomeMessage());
        assertThat(service.update(ADMIN, change().withWaitingThreshold(Duration.ofMinutes(4))).emailNotifications())
                .isEqualTo(team);
    }

    @Test
    void a_new_store_shows_the_defaults() {
        StoreSettingsView view = service.settings();

        assertThat(view).isEqualTo(StoreSettingsView.of(StoreSettings.defaults(), SUNDAY_NOON));
        assertThat(view.welcomeMessage().value()).isEqualTo("Hi! How can we help you today?");
        assertThat(view.identitySecretSet()).isFalse();
    }

    @Test
    void only_the_sections_named_change() {
        StoreSettingsView view = service.update(ADMIN, change()
                .withWelcomeMessage(new WelcomeMessage("Welcome to our shop!"))
                .withWaitingThreshold(Duration.ofMinutes(5)));

        assertThat(view.welcomeMessage().value()).isEqualTo("Welcome to our shop!");
        assertThat(view.waitingThreshold()).isEqualTo(Duration.ofMinutes(5));
        assertThat(store.stored()).isEqualTo(StoreSettings.defaults()
                .withWelcomeMessage(new WelcomeMessage("Welcome to our shop!"))
                .withWaitingThreshold(Duration.ofMinutes(5)));
        assertThat(store.saves()).hasSize(1);
    }

    @Test
    void a_saved_change_is_announced_with_the_waiting_threshold_after_it() {
        service.update(ADMIN, change().withWaitingThreshold(Duration.ofMinutes(7)));

        assertThat(store.announced()).containsExactly(Duration.ofMinutes(7));
    }

    @Test
    void a_saved_change_is_recorded_as_the_admins_with_the_sections_that_changed_and_never_a_secret() {
        service.update(ADMIN, change().withWaitingThreshold(Duration.ofMinutes(7)).withIdentityVerification(
                new IdentityVerificationChange(true, Optional.of(SECRET), false)));
        service.update(ADMIN, change().withIdentityVerification(
                IdentityVerificationChange.rotation(Optional.empty())));
        service.update(ADMIN, change().withWaitingThreshold(Duration.ofMinutes(7)));

        assertThat(audit.entries()).hasSize(2).allSatisfy(entry -> {
            assertThat(entry.action().code()).isEqualTo("settings.updated");
            assertThat(entry.actor()).isEqualTo(ADMIN);
            assertThat(entry.actorName()).isEqualTo("Ada Admin");
            assertThat(entry.at()).isEqualTo(SUNDAY_NOON);
        });
        assertThat(audit.entries().get(0).summary()).containsOnlyKeys("waitingThresholdSeconds",
                "identityVerification")
                .containsEntry("waitingThresholdSeconds", Map.of("before", 180L, "after", 420L))
                .containsEntry("identityVerification", Map.of("enforced", Map.of("before", false, "after", true),
                        "secret", "set"));
        assertThat(audit.entries().get(1).summary()).containsEntry("identityVerification", Map.of("secret", "rotated",
                "previousSecretUntil", SUNDAY_NOON.plus(Duration.ofHours(24)).toString()));
        assertThat(audit.entries().toString()).doesNotContain(SECRET)
                .doesNotContain(store.stored().identityVerification().secret().orElseThrow());
    }

    @Test
    void only_an_admin_changes_the_settings_and_a_refusal_records_nothing() {
        AgentId agent = team.addAgent("Bob Agent");

        assertThatThrownBy(() -> service.update(agent, change().withWaitingThreshold(Duration.ofMinutes(7))))
                .isInstanceOf(AdminsOnlyException.class);
        assertThatThrownBy(() -> service.update(ADMIN, change().withWaitingThreshold(Duration.ofSeconds(1))));
        assertThat(store.saves()).isEmpty();
        assertThat(audit.entries()).isEmpty();
    }

    @Test
    void a_change_that_changes_nothing_is_not_saved() {
        service.update(ADMIN, change().withWelcomeMessage(StoreSettings.defaults().welcomeMessage())
                .withChatEnabled(true));

        assertThat(store.saves()).isEmpty();
        assertThat(store.announced()).isEmpty();
        assertThat(audit.entries()).isEmpty();
    }

    @Test
    void turning_the_chat_on_turns_the_onsite_widget_on_too() {
        store.given(StoreSettings.defaults().withOnsiteWidget(false).disableChat());

        StoreSettingsView view = service.update(ADMIN, change().withChatEnabled(true));

        assertThat(view.chatEnabled()).isTrue();
        assertThat(view.onsiteWidgetEnabled()).isTrue();
    }

    @Test
    void turning_the_chat_on_with_the_widget_off_keeps_the_widget_off() {
        store.given(StoreSettings.defaults().disableChat());

        StoreSettingsView view = service.update(ADMIN, change().withChatEnabled(true).withOnsiteWidgetEnabled(false));

        assertThat(view.chatEnabled()).isTrue();
        assertThat(view.onsiteWidgetEnabled()).isFalse();
    }

    @Test
    void saying_again_that_the_chat_is_on_leaves_a_hidden_widget_hidden() {
        store.given(StoreSettings.defaults().withOnsiteWidget(false));

        StoreSettingsView view = service.update(ADMIN, change().withChatEnabled(true));

        assertThat(view.onsiteWidgetEnabled()).isFalse();
    }

    @Test
    void one_invalid_section_refuses_the_whole_change_and_nothing_is_saved() {
        UpdateStoreSettingsCommand command = change()
                .withWelcomeMessage(new WelcomeMessage("Welcome to our shop!"))
                .withFaqs(List.of(new FaqEntry(Optional.empty(), "   ", "An answer", true)));

        assertThatThrownBy(() -> service.update(ADMIN, command))
                .isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("code", "invalid_faq_question");
        assertThat(store.stored()).isEqualTo(StoreSettings.defaults());
        assertThat(store.saves()).isEmpty();
        assertThat(store.announced()).isEmpty();
    }

    @Test
    void the_chat_design_cannot_change_while_the_customer_hub_is_active() {
        store.given(StoreSettings.defaults().withCustomerHub(new CustomerHub(true, PURPLE)));

        assertThatThrownBy(() -> service.update(ADMIN, change().withChatAppearance(GREEN)))
                .isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("code", "appearance_locked_by_customer_hub");
        assertThat(store.saves()).isEmpty();
    }

    @Test
    void sending_back_the_current_design_while_the_hub_is_active_is_no_change() {
        store.given(StoreSettings.defaults().withCustomerHub(new CustomerHub(true, PURPLE)));

        StoreSettingsView view = service.update(ADMIN, change()
                .withChatAppearance(Appearance.defaults())
                .withWelcomeMessage(new WelcomeMessage("Hello")));

        assertThat(view.welcomeMessage().value()).isEqualTo("Hello");
        assertThat(view.chatAppearanceLocked()).isTrue();
        assertThat(view.effectiveAppearance()).isEqualTo(PURPLE);
    }

    @Test
    void switching_the_hub_off_and_changing_the_design_in_one_change_works() {
        store.given(StoreSettings.defaults().withCustomerHub(new CustomerHub(true, PURPLE)));

        StoreSettingsView view = service.update(ADMIN, change()
                .withCustomerHub(new CustomerHub(false, PURPLE))
                .withChatAppearance(GREEN));

        assertThat(view.chatAppearanceLocked()).isFalse();
        assertThat(view.chatAppearance()).isEqualTo(GREEN);
        assertThat(view.effectiveAppearance()).isEqualTo(GREEN);
    }

    @Test
    void the_faqs_are_replaced_in_the_given_order_and_new_ones_get_an_id() {
        FaqId kept = FaqId.random();
        store.given(StoreSettings.defaults()
                .addFaq(new Faq(kept, "Do you ship abroad?", "Yes, to the whole EU.", true))
                .addFaq(Faq.draft(FaqId.random(), "Removed?", "Yes.")));

        StoreSettingsView view = service.update(ADMIN, change().withFaqs(List.of(
                new FaqEntry(Optional.empty(), "How do I return an item?", "Within 30 days.", false),
                new FaqEntry(Optional.of(kept), "Do you ship abroad?", "Yes, worldwide.", true))));

        assertThat(view.faqs()).extracting(Faq::question)
                .containsExactly("How do I return an item?", "Do you ship abroad?");
        assertThat(view.faqs().get(1).id()).isEqualTo(kept);
        assertThat(view.faqs().get(1).answer()).isEqualTo("Yes, worldwide.");
        assertThat(view.faqs().get(0).id()).isNotEqualTo(kept);
        assertThat(view.faqs().get(0).published()).isFalse();
    }

    @Test
    void two_faqs_with_one_id_are_refused() {
        FaqId id = FaqId.random();

        assertThatThrownBy(() -> service.update(ADMIN, change().withFaqs(List.of(
                new FaqEntry(Optional.of(id), "One?", "One.", true),
                new FaqEntry(Optional.of(id), "Two?", "Two.", true)))))
                .hasFieldOrPropertyWithValue("code", "duplicate_faq");
    }

    @Test
    void links_are_set_and_an_empty_link_is_removed() {
        URI privacy = URI.create("https://shop.example.com/privacy");
        store.given(StoreSettings.defaults().withTermsUrl(URI.create("https://shop.example.com/terms")));

        StoreSettingsView view = service.update(ADMIN,
                change().withLinks(new Links(Optional.of(privacy), Optional.empty())));

        assertThat(view.privacyPolicyUrl()).contains(privacy);
        assertThat(view.termsUrl()).isEmpty();
    }

    @Test
    void a_link_that_is_not_a_web_address_is_refused() {
        Links links = new Links(Optional.of(URI.create("javascript:alert(1)")), Optional.empty());

        assertThatThrownBy(() -> service.update(ADMIN, change().withLinks(links)))
                .hasFieldOrPropertyWithValue("code", "invalid_url");
    }

    @Test
    void the_secret_is_replaced_kept_or_removed_as_asked() {
        service.update(ADMIN, change().withIdentityVerification(
                new IdentityVerificationChange(true, Optional.of(SECRET), false)));
        assertThat(store.stored().identityVerification().secret()).contains(SECRET);

        service.update(ADMIN, change().withIdentityVerification(
                new IdentityVerificationChange(false, Optional.empty(), false)));
        assertThat(store.stored().identityVerification().secret()).contains(SECRET);
        assertThat(store.stored().identityVerification().enforced()).isFalse();

        StoreSettingsView view = service.update(ADMIN, change().withIdentityVerification(
                new IdentityVerificationChange(false, Optional.empty(), true)));
        assertThat(view.identitySecretSet()).isFalse();
        assertThat(store.stored().identityVerification().secret()).isEmpty();
    }

    @Test
    void enforcing_identity_verification_without_a_secret_is_refused() {
        assertThatThrownBy(() -> service.update(ADMIN, change().withIdentityVerification(
                new IdentityVerificationChange(true, Optional.empty(), false))))
                .hasFieldOrPropertyWithValue("code", "identity_verification_needs_secret");
    }

    @Test
    void rotating_answers_the_new_secret_once_and_keeps_the_old_one_for_the_grace_period() {
        MovableClock clock = new MovableClock(SUNDAY_NOON);
        SettingsService rotating = new SettingsService(store, store, store, team, audit, clock);
        store.given(StoreSettings.defaults().withIdentityVerification(
                IdentityVerification.none().withSecret(SECRET).withEnforced(true)));

        StoreSettingsView answer = rotating.update(ADMIN, change().withIdentityVerification(
                IdentityVerificationChange.rotation(Optional.empty())));

        String fresh = answer.newIdentitySecret().orElseThrow().value();
        assertThat(fresh).matches("[0-9a-f]{64}");
        assertThat(answer.toString()).doesNotContain(fresh);
        assertThat(answer.identityVerificationEnforced()).isTrue();
        assertThat(answer.previousIdentitySecretUntil()).contains(SUNDAY_NOON.plus(Duration.ofHours(24)));
        assertThat(store.stored().identityVerification().secret()).contains(fresh);
        assertThat(rotating.settings().newIdentitySecret()).isEmpty();
        assertThat(store.announced()).hasSize(1);

        clock.advance(Duration.ofHours(24));
        assertThat(rotating.settings().previousIdentitySecretUntil()).isEmpty();
    }

    @Test
    void a_secret_of_the_admins_keeps_the_old_one_only_when_a_grace_period_is_given() {
        store.given(StoreSettings.defaults().withIdentityVerification(IdentityVerification.none().withSecret(SECRET)));
        String other = SECRET + "-next";

        StoreSettingsView withoutGrace = service.update(ADMIN, change().withIdentityVerification(
                new IdentityVerificationChange(false, Optional.of(other), false)));
        StoreSettingsView withGrace = service.update(ADMIN, change().withIdentityVerification(
                new IdentityVerificationChange(Optional.of(false), Optional.of(SECRET), false, false,
                        Optional.of(Duration.ofHours(2)))));

        assertThat(withoutGrace.previousIdentitySecretUntil()).isEmpty();
        assertThat(withGrace.previousIdentitySecretUntil()).contains(SUNDAY_NOON.plus(Duration.ofHours(2)));
        assertThat(withGrace.newIdentitySecret()).isEmpty();
        assertThat(store.stored().identityVerification().previous().orElseThrow().value()).isEqualTo(other);
    }

    @Test
    void a_refused_grace_period_changes_nothing() {
        store.given(StoreSettings.defaults().withIdentityVerification(IdentityVerification.none().withSecret(SECRET)));

        assertThatThrownBy(() -> service.update(ADMIN, change().withWelcomeMessage(new WelcomeMessage("Not saved"))
                .withIdentityVerification(IdentityVerificationChange.rotation(Optional.of(Duration.ofHours(169))))))
                .hasFieldOrPropertyWithValue("code", "invalid_grace_period");
        assertThat(store.stored().identityVerification().secret()).contains(SECRET);
        assertThat(store.saves()).isEmpty();
        assertThat(store.announced()).isEmpty();
    }

    @Test
    void rotating_together_with_a_secret_or_a_removal_is_refused() {
        assertThatThrownBy(() -> new IdentityVerificationChange(Optional.empty(), Optional.of(SECRET), false, true,
                Optional.empty())).hasFieldOrPropertyWithValue("code", "invalid_identity_secret");
        assertThatThrownBy(() -> new IdentityVerificationChange(Optional.empty(), Optional.empty(), true, true,
                Optional.empty())).hasFieldOrPropertyWithValue("code", "invalid_identity_secret");
    }

    @Test
    void a_new_secret_and_removing_it_at_once_is_refused() {
        assertThatThrownBy(() -> new IdentityVerificationChange(false, Optional.of(SECRET), true))
                .hasFieldOrPropertyWithValue("code", "invalid_identity_secret");
    }

    @Test
    void the_secret_is_never_printed_by_the_command() {
        UpdateStoreSettingsCommand command = change().withIdentityVerification(
                new IdentityVerificationChange(true, Optional.of(SECRET), false));

        assertThat(command.toString()).doesNotContain(SECRET);
    }

    @Test
    void the_allowed_origins_and_business_hours_are_replaced() {
        BusinessHours hours = BusinessHours.weekly(ZoneId.of("Europe/Warsaw"),
                Map.of(DayOfWeek.MONDAY, List.of(TimeRange.of(LocalTime.of(9, 0), LocalTime.of(17, 0)))));

        StoreSettingsView view = service.update(ADMIN, change()
                .withAllowedOrigins(AllowedOrigins.of("https://shop.example.com"))
                .withBusinessHours(hours));

        assertThat(view.allowedOrigins().values()).containsExactly("https://shop.example.com");
        assertThat(view.businessHours()).isEqualTo(hours);
    }

    @Test
    void the_widget_shows_the_hub_design_and_only_published_faqs_in_order() {
        store.given(StoreSettings.defaults()
                .withCustomerHub(new CustomerHub(true, PURPLE))
                .addFaq(new Faq(FaqId.random(), "First?", "First.", true))
                .addFaq(new Faq(FaqId.random(), "Hidden?", "Hidden.", false))
                .addFaq(new Faq(FaqId.random(), "Second?", "Second.", true)));

        WidgetConfig config = service.widgetConfig();

        assertThat(config.available()).isTrue();
        assertThat(config.appearance()).isEqualTo(PURPLE);
        assertThat(config.faqs()).extracting(Faq::question).containsExactly("First?", "Second?");
        assertThat(config.welcomeMessage().value()).isEqualTo("Hi! How can we help you today?");
        assertThat(config.openNow()).isTrue();
        assertThat(config.nextOpening()).isEmpty();
    }

    @Test
    void the_widget_is_unavailable_while_the_chat_or_the_onsite_widget_is_off() {
        store.given(StoreSettings.defaults().disableChat());
        assertThat(service.widgetConfig().available()).isFalse();

        store.given(StoreSettings.defaults().withOnsiteWidget(false));
        assertThat(service.widgetConfig().available()).isFalse();
    }

    @Test
    void outside_business_hours_the_widget_learns_when_the_store_opens_next() {
        store.given(StoreSettings.defaults().withBusinessHours(BusinessHours.weekly(ZoneId.of("Europe/Warsaw"),
                Map.of(DayOfWeek.MONDAY, List.of(TimeRange.of(LocalTime.of(9, 0), LocalTime.of(17, 0)))))));

        WidgetConfig config = service.widgetConfig();

        assertThat(config.openNow()).isFalse();
        assertThat(config.nextOpening()).contains(Instant.parse("2026-11-30T08:00:00Z"));
        assertThat(config.awayMessage()).isEqualTo(StoreSettings.defaults().awayMessage());
    }

    @Test
    void within_business_hours_the_widget_is_open_by_the_injected_clock() {
        store.given(StoreSettings.defaults().withBusinessHours(BusinessHours.weekly(ZoneOffset.UTC,
                Map.of(DayOfWeek.SUNDAY, List.of(TimeRange.of(LocalTime.of(11, 0), LocalTime.of(13, 0)))))));

        WidgetConfig config = service.widgetConfig();

        assertThat(config.openNow()).isTrue();
        assertThat(config.nextOpening()).isEmpty();
    }
}
