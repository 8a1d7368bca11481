package dev.parley.server.incontainer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.domain.settings.AllowedOrigins;
import dev.parley.domain.settings.Appearance;
import dev.parley.domain.settings.AssistantSettings;
import dev.parley.domain.settings.AvailabilitySettings;
import dev.parley.domain.settings.AwayMessage;
import dev.parley.domain.settings.BehaviourSettings;
import dev.parley.domain.settings.BusinessHours;
import dev.parley.domain.settings.ChatSettings;
import dev.parley.domain.settings.CustomerHub;
import dev.parley.domain.settings.DesignSettings;
import dev.parley.domain.settings.EmailNotificationSettings;
import dev.parley.domain.settings.EmailNotifications;
import dev.parley.domain.settings.EmbeddingSettings;
import dev.parley.domain.settings.Faq;
import dev.parley.domain.settings.FaqId;
import dev.parley.domain.settings.FaqSettings;
import dev.parley.domain.settings.IdentityVerification;
import dev.parley.domain.settings.LauncherIcon;
import dev.parley.domain.settings.LauncherPosition;
import dev.parley.domain.settings.TimeRange;
import dev.parley.domain.settings.WelcomeMessage;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The settings sections as the database keeps them, each through its own port over the one settings row and its
 * lists: what is saved is loaded back, lists in their order and without what was removed, and saving one section
 * leaves every other section as it was. Every test gives the settings back as it found them.
 */
@OnArquillianServer
class SettingsPersistenceIT {

    private static final LocalDate NEW_YEAR = LocalDate.of(2027, 1, 1);
    private static final LocalDate MAY_DAY = LocalDate.of(2027, 5, 3);
    private static final LocalDate CHRISTMAS = LocalDate.of(2027, 12, 25);
    private static final String SHOP = "https://shop.example.com";

    @Inject
    SettingsSections settings;

    @Test
    void chat_and_design_are_saved_and_loaded_back() throws Exception {
        settings.keptAsTheyWere(() -> {
            for (ChatSettings chat : List.of(new ChatSettings(false, true), new ChatSettings(true, false))) {
                Tx.run(() -> settings.chat.save(chat));
                assertThat(Tx.call(() -> settings.chat.load())).isEqualTo(chat);
            }

            DesignSettings design = design();
            Tx.run(() -> settings.design.save(design));
            assertThat(Tx.call(() -> settings.design.load())).isEqualTo(design);
            DesignSettings changed = changed(design);
            Tx.run(() -> settings.design.save(changed));
            assertThat(Tx.call(() -> settings.design.load())).isEqualTo(changed);
        });
    }

    @Test
    void behaviour_is_saved_and_loaded_back_and_a_removed_link_is_gone() throws Exception {
        settings.keptAsTheyWere(() -> {
            BehaviourSettings behaviour = behaviour();
            Tx.run(() -> settings.behaviour.save(behaviour));
            assertThat(Tx.call(() -> settings.behaviour.load())).isEqualTo(behaviour);

            BehaviourSettings changed = changed(behaviour);
            Tx.run(() -> settings.behaviour.save(changed));
            BehaviourSettings loaded = Tx.call(() -> settings.behaviour.load());
            assertThat(loaded).isEqualTo(changed);
            assertThat(loaded.privacyPolicyUrl()).isEmpty();
        });
    }

    @Test
    void faqs_are_loaded_in_their_order_and_a_removed_faq_is_gone() throws Exception {
        settings.keptAsTheyWere(() -> {
            FaqSettings faqs = faqs();
            Tx.run(() -> settings.faqs.save(faqs));
            assertThat(Tx.call(() -> settings.faqs.load())).isEqualTo(faqs);

            FaqSettings changed = changed(faqs);
            Tx.run(() -> settings.faqs.save(changed));
            FaqSettings loaded = Tx.call(() -> settings.faqs.load());
            assertThat(loaded).isEqualTo(changed);
            assertThat(loaded.faqs())
                    .extracting(Faq::id)
                    .containsExactly(
                            faqs.faqs().get(2).id(),
                            faqs.faqs().get(0).id(),
                            changed.faqs().get(2).id());
            assertThat(loaded.faq(faqs.faqs().get(1).id()))
                    .as("the removed FAQ")
                    .isEmpty();

            Tx.run(() -> settings.faqs.save(FaqSettings.defaults()));
            assertThat(Tx.call(() -> settings.faqs.load()).faqs()).isEmpty();
        });
    }

    @Test
    void business_hours_keep_their_ranges_per_day_and_their_closures() throws Exception {
        settings.keptAsTheyWere(() -> {
            AvailabilitySettings availability = availability();
            Tx.run(() -> settings.availability.save(availability));
            assertThat(Tx.call(() -> settings.availability.load())).isEqualTo(availability);

            AvailabilitySettings changed = changed(availability);
            Tx.run(() -> settings.availability.save(changed));
            AvailabilitySettings loaded = Tx.call(() -> settings.availability.load());
            assertThat(loaded).isEqualTo(changed);
            BusinessHours hours = loaded.businessHours();
            assertThat(hours.rangesOn(DayOfWeek.MONDAY)).containsExactly(range(8, 0, 16, 0));
            assertThat(hours.rangesOn(DayOfWeek.WEDNESDAY)).containsExactly(range(10, 30, 11, 45), range(14, 0, 18, 0));
            assertThat(hours.rangesOn(DayOfWeek.SATURDAY))
                    .as("the day whose range was removed")
                    .isEmpty();
            assertThat(hours.closures()).containsExactly(MAY_DAY, CHRISTMAS);

            Tx.run(() -> settings.availability.save(AvailabilitySettings.defaults()));
            assertThat(Tx.call(() -> settings.availability.load())).isEqualTo(AvailabilitySettings.defaults());
        });
    }

    @Test
    void embedding_keeps_its_origins_and_secrets_and_forgets_them_when_removed() throws Exception {
        settings.keptAsTheyWere(() -> {
            EmbeddingSettings embedding = embedding();
            Tx.run(() -> settings.embedding.save(embedding));
            EmbeddingSettings loaded = Tx.call(() -> settings.embedding.load());
            assertThat(loaded).isEqualTo(embedding);
            assertThat(loaded.identityVerification().previous()).isPresent();

            EmbeddingSettings changed = changed(embedding);
            Tx.run(() -> settings.embedding.save(changed));
            loaded = Tx.call(() -> settings.embedding.load());
            assertThat(loaded).isEqualTo(changed);
            assertThat(loaded.allowedOrigins().values())
                    .containsExactly("http://localhost:9080", "https://new.example.org");

            Tx.run(() -> settings.embedding.save(EmbeddingSettings.defaults()));
            assertThat(Tx.call(() -> settings.embedding.load())).isEqualTo(EmbeddingSettings.defaults());
        });
    }

    @Test
    void email_recipients_are_loaded_in_their_order_and_a_removed_one_is_gone() throws Exception {
        settings.keptAsTheyWere(() -> {
            EmailNotificationSettings email = emailNotifications();
            Tx.run(() -> settings.emailNotifications.save(email));
            assertThat(Tx.call(() -> settings.emailNotifications.load())).isEqualTo(email);

            EmailNotificationSettings changed = changed(email);
            Tx.run(() -> settings.emailNotifications.save(changed));
            EmailNotificationSettings loaded = Tx.call(() -> settings.emailNotifications.load());
            assertThat(loaded).isEqualTo(changed);
            assertThat(loaded.emailNotifications().recipients())
                    .containsExactly("owner@shop.example", "team@shop.example", "night@shop.example");

            Tx.run(() -> settings.emailNotifications.save(EmailNotificationSettings.defaults()));
            assertThat(Tx.call(() -> settings.emailNotifications.load()))
                    .isEqualTo(EmailNotificationSettings.defaults());
        });
    }

    @Test
    void saving_one_section_leaves_every_other_section_as_it_was() throws Exception {
        settings.keptAsTheyWere(() -> {
            // Every section away from its defaults first, so that a save that wrote another section would show.
            Tx.run(() -> {
                settings.chat.save(new ChatSettings(false, true));
                settings.design.save(design());
                settings.behaviour.save(behaviour());
                settings.faqs.save(faqs());
                settings.availability.save(availability());
                settings.embedding.save(embedding());
                settings.emailNotifications.save(emailNotifications());
            });
            List<SettingsSections.Section<?>> sections = settings.withChanges(
                    chat -> new ChatSettings(!chat.chatEnabled(), !chat.onsiteWidgetEnabled()),
                    SettingsPersistenceIT::changed,
                    SettingsPersistenceIT::changed,
                    SettingsPersistenceIT::changed,
                    SettingsPersistenceIT::changed,
                    SettingsPersistenceIT::changed,
                    SettingsPersistenceIT::changed,
                    assistant -> new AssistantSettings(
                            !assistant.enabled(),
                            assistant.mode(),
                            AssistantSettings.HandoffTarget.MESSAGE,
                            Optional.of("Write to help@shop.example"),
                            Optional.of("Hi! Ask me anything."),
                            assistant.turnLimit() + 1,
                            Optional.of(0.6),
                            Optional.of(1.5)));
            for (SettingsSections.Section<?> section : sections) {
                Map<String, Object> before = settings.all();
                Object saved = Tx.call(section::saveChanged);
                Map<String, Object> after = settings.all();

                assertThat(after.get(section.name()))
                        .as("the section saved, %s", section.name())
                        .isEqualTo(saved)
                        .isNotEqualTo(before.get(section.name()));
                assertThat(without(section.name(), after))
                        .as("the other sections after saving %s", section.name())
                        .isEqualTo(without(section.name(), before));
            }
        });
    }

    private static Map<String, Object> without(String name, Map<String, Object> sections) {
        Map<String, Object> others = new LinkedHashMap<>(sections);
        others.remove(name);
        return others;
    }

    private static DesignSettings design() {
        return new DesignSettings(
                new Appearance("#aa3300", LauncherIcon.SMILE, LauncherPosition.LEFT, "Ask us"),
                new CustomerHub(true, new Appearance("#00AA55", LauncherIcon.HELP, LauncherPosition.RIGHT, "Help")));
    }

    private static DesignSettings changed(DesignSettings design) {
        CustomerHub hub = design.customerHub();
        return new DesignSettings(
                design.chatAppearance().withColour("#123456").withLauncherLabel(""),
                new CustomerHub(!hub.active(), hub.appearance().withIcon(LauncherIcon.MESSAGE)));
    }

    private static BehaviourSettings behaviour() {
        return new BehaviourSettings(
                new WelcomeMessage(Fixtures.unique("Welcome")),
                Optional.of(URI.create(SHOP + "/privacy")),
                Optional.of(URI.create(SHOP + "/terms")),
                Duration.ofMinutes(10));
    }

    private static BehaviourSettings changed(BehaviourSettings behaviour) {
        return new BehaviourSettings(
                new WelcomeMessage(behaviour.welcomeMessage().value() + " again"),
                Optional.empty(),
                Optional.of(URI.create(
                        SHOP + "/terms-" + behaviour.waitingThreshold().toMinutes())),
                behaviour.waitingThreshold().plusMinutes(5));
    }

    private static FaqSettings faqs() {
        return new FaqSettings(List.of(faq("Shipping", true), faq("Returns", false), faq("Sizes", true)));
    }

    /** The third first, then the first, then a new one; the second removed and the third's answer changed. */
    private static FaqSettings changed(FaqSettings settings) {
        List<Faq> faqs = settings.faqs();
        Faq third = faqs.get(faqs.size() - 1);
        return new FaqSettings(List.of(
                third.withAnswer(third.answer() + " Now in Polish too."), faqs.get(0), faq("Gift cards", true)));
    }

    private static Faq faq(String topic, boolean published) {
        return new Faq(FaqId.random(), Fixtures.unique(topic) + "?", "All about " + topic + ".", published);
    }

    private static AvailabilitySettings availability() {
        BusinessHours hours = new BusinessHours(
                ZoneId.of("Europe/Warsaw"),
                false,
                Map.of(
                        DayOfWeek.MONDAY, List.of(range(13, 0, 17, 0), range(9, 0, 12, 0)),
                        DayOfWeek.SATURDAY, List.of(TimeRange.of(LocalTime.of(10, 0), LocalTime.MAX))),
                Set.of(CHRISTMAS, NEW_YEAR));
        return new AvailabilitySettings(hours, new AwayMessage(Fixtures.unique("Away")));
    }

    /** Monday's ranges replaced, Saturday's removed, Wednesday's added; one closure removed and one added. */
    private static AvailabilitySettings changed(AvailabilitySettings availability) {
        BusinessHours hours = availability
                .businessHours()
                .withDay(DayOfWeek.MONDAY, List.of(range(8, 0, 16, 0)))
                .withDay(DayOfWeek.SATURDAY, List.of())
                .withDay(DayOfWeek.WEDNESDAY, List.of(range(14, 0, 18, 0), range(10, 30, 11, 45)))
                .withoutClosure(NEW_YEAR)
                .withClosure(MAY_DAY)
                .withZone(ZoneId.of("America/New_York"));
        return new AvailabilitySettings(
                hours, new AwayMessage(availability.awayMessage().value() + " Back soon."));
    }

    private static TimeRange range(int fromHour, int fromMinute, int toHour, int toMinute) {
        return TimeRange.of(LocalTime.of(fromHour, fromMinute), LocalTime.of(toHour, toMinute));
    }

    /** Two origins, and a secret that replaced another one which still verifies for a day. */
    private static EmbeddingSettings embedding() {
        IdentityVerification verification = new IdentityVerification(
                        Optional.of(Fixtures.unique("first-secret")), false)
                .replacedBy(
                        Fixtures.unique("second-secret"),
                        Instant.now().truncatedTo(ChronoUnit.MILLIS),
                        Duration.ofHours(24))
                .withEnforced(true);
        return new EmbeddingSettings(AllowedOrigins.of(SHOP, "http://localhost:9080"), verification);
    }

    /** One origin removed and one added; the secret kept, the previous one forgotten, no longer enforced. */
    private static EmbeddingSettings changed(EmbeddingSettings embedding) {
        return new EmbeddingSettings(
                embedding.allowedOrigins().without(SHOP).with("https://new.example.org"),
                new IdentityVerification(
                        embedding.identityVerification().secret(),
                        !embedding.identityVerification().enforced()
                                && embedding.identityVerification().secret().isPresent()));
    }

    private static EmailNotificationSettings emailNotifications() {
        return new EmailNotificationSettings(new EmailNotifications(
                true, List.of("team@shop.example", "sales@shop.example", "owner@shop.example"), Duration.ofMinutes(5)));
    }

    /** The last first, the second removed, a new one last, and a longer delay. */
    private static EmailNotificationSettings changed(EmailNotificationSettings email) {
        List<String> recipients = email.emailNotifications().recipients();
        return new EmailNotificationSettings(new EmailNotifications(
                true,
                List.of(recipients.get(recipients.size() - 1), recipients.get(0), "night@shop.example"),
                email.emailNotifications().delay().plusMinutes(10)));
    }
}
