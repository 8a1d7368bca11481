package dev.parley.domain.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.domain.shared.InvalidValueException;
import dev.parley.domain.shared.Language;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StoreLanguagesTest {

    private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");

    @Test
    void a_language_tag_names_a_language_by_its_primary_subtag() {
        assertThat(Language.of("pl-PL")).contains(Language.POLISH);
        assertThat(Language.of("PL")).contains(Language.POLISH);
        assertThat(Language.of("en_GB")).contains(Language.ENGLISH);
        assertThat(Language.of("de-DE")).isEmpty();
        assertThat(Language.of("")).isEmpty();
        assertThat(Language.of(null)).isEmpty();
        assertThat(Language.of("english")).isEmpty();
    }

    @Test
    void a_new_store_speaks_english_and_greets_polish_visitors_in_polish() {
        BehaviourSettings behaviour = BehaviourSettings.defaults();
        AvailabilitySettings availability = AvailabilitySettings.defaults();

        assertThat(behaviour.language()).isEqualTo(Language.ENGLISH);
        assertThat(behaviour.welcomeMessageFor(Language.ENGLISH).value()).isEqualTo("Hi! How can we help you today?");
        assertThat(behaviour.welcomeMessageFor(Language.POLISH).value()).isEqualTo("Dzień dobry! W czym możemy pomóc?");
        assertThat(availability.awayMessageFor(Language.POLISH)).isEqualTo(AvailabilitySettings.POLISH_AWAY);
        assertThat(availability.awayMessageFor(Language.ENGLISH)).isEqualTo(availability.awayMessage());
    }

    @Test
    void a_visitor_whose_language_has_no_text_of_its_own_reads_the_stores() {
        BehaviourSettings polishOnly = BehaviourSettings.defaults()
                .withWelcomeMessage(new WelcomeMessage("Witaj w naszym sklepie!"))
                .withLanguage(Language.POLISH)
                .withWelcomeTranslations(Translations.none());

        assertThat(polishOnly.welcomeMessageFor(Language.ENGLISH).value()).isEqualTo("Witaj w naszym sklepie!");
        assertThat(polishOnly.welcomeMessageFor(Language.POLISH).value()).isEqualTo("Witaj w naszym sklepie!");
    }

    @Test
    void the_texts_stay_with_their_language_when_the_store_changes_its_own() {
        BehaviourSettings nowPolish = BehaviourSettings.defaults().withLanguage(Language.POLISH);

        assertThat(nowPolish.welcomeMessageFor(Language.POLISH)).isEqualTo(BehaviourSettings.POLISH_WELCOME);
        assertThat(nowPolish.welcomeMessageFor(Language.ENGLISH).value()).isEqualTo("Hi! How can we help you today?");
    }

    @Test
    void the_launcher_label_follows_the_visitors_language() {
        Appearance look = Appearance.defaults()
                .withLauncherLabel("Chat with us")
                .withLauncherLabelTranslations(new Translations<>(Map.of(Language.POLISH, "Napisz do nas")));

        assertThat(look.forVisitor(Language.POLISH).launcherLabel()).isEqualTo("Napisz do nas");
        assertThat(look.forVisitor(Language.ENGLISH).launcherLabel()).isEqualTo("Chat with us");
        assertThat(look.forVisitor(Language.POLISH).colour()).isEqualTo(look.colour());
    }

    @Test
    void a_translated_label_is_refused_when_blank_or_too_long() {
        Appearance look = Appearance.defaults();

        assertThatThrownBy(() -> look.withLauncherLabelTranslations(new Translations<>(Map.of(Language.POLISH, " "))))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> look.withLauncherLabelTranslations(
                        new Translations<>(Map.of(Language.POLISH, "x".repeat(Appearance.MAX_LABEL_LENGTH + 1)))))
                .isInstanceOf(InvalidValueException.class);
        assertThat(look.withLauncherLabelTranslations(
                                new Translations<>(Map.of(Language.POLISH, "x".repeat(Appearance.MAX_LABEL_LENGTH))))
                        .launcherLabelTranslations()
                        .in(Language.POLISH))
                .hasValue("x".repeat(Appearance.MAX_LABEL_LENGTH));
    }

    @Test
    void visitors_see_the_faqs_for_every_language_and_those_in_theirs() {
        Faq everyone = new Faq(FaqId.random(), "Where is my parcel?", "Track it here.", true);
        Faq english = new Faq(FaqId.random(), "Returns?", "Within 30 days.", true, Optional.of(Language.ENGLISH));
        Faq polish = new Faq(FaqId.random(), "Zwroty?", "W ciągu 30 dni.", true, Optional.of(Language.POLISH));
        Faq draft = new Faq(FaqId.random(), "Szkic?", "Nie.", false, Optional.of(Language.POLISH));
        FaqSettings faqs = new FaqSettings(List.of(everyone, english, polish, draft));

        assertThat(faqs.publishedFaqsFor(Language.POLISH, Language.ENGLISH)).containsExactly(everyone, polish);
        assertThat(faqs.publishedFaqsFor(Language.ENGLISH, Language.ENGLISH)).containsExactly(everyone, english);
    }

    @Test
    void a_visitor_whose_language_has_no_faqs_of_its_own_sees_the_stores_languages() {
        Faq english = new Faq(FaqId.random(), "Returns?", "Within 30 days.", true, Optional.of(Language.ENGLISH));
        FaqSettings faqs = new FaqSettings(List.of(english));

        assertThat(faqs.publishedFaqsFor(Language.POLISH, Language.ENGLISH)).containsExactly(english);
    }

    @Test
    void the_audit_names_the_language_and_the_translations_that_changed() {
        BehaviourSettings before = BehaviourSettings.defaults();
        BehaviourSettings after = before.withLanguage(Language.POLISH)
                .withWelcomeTranslations(new Translations<>(Map.of(Language.ENGLISH, new WelcomeMessage("Hello!"))));

        Map<String, Object> changes = after.changesSince(before, NOW);

        assertThat(changes).containsOnlyKeys("language", "welcomeMessageTranslations");
        assertThat(changes.get("language")).isEqualTo(Map.of("before", "en", "after", "pl"));
        assertThat(changes.get("welcomeMessageTranslations"))
                .isEqualTo(Map.of(
                        "before", Map.of("pl", "Dzień dobry! W czym możemy pomóc?"), "after", Map.of("en", "Hello!")));
    }
}
