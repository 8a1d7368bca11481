package dev.parley.domain.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.domain.shared.InvalidValueException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BehaviourSettingsTest {

    private final BehaviourSettings defaults = BehaviourSettings.defaults();

    @Test
    void a_new_store_starts_with_a_friendly_welcome_no_links_and_three_minutes() {
        assertThat(defaults.welcomeMessage()).isEqualTo(new WelcomeMessage("Hi! How can we help you today?"));
        assertThat(defaults.privacyPolicyUrl()).isEmpty();
        assertThat(defaults.termsUrl()).isEmpty();
        assertThat(defaults.waitingThreshold()).isEqualTo(Duration.ofMinutes(3));
    }

    @Test
    void a_store_speaks_under_its_name_once_it_gives_one_shown_as_it_is() {
        assertThat(defaults.storeName()).isEmpty();

        BehaviourSettings named = defaults.withStoreName(Optional.of(new StoreName("  Acme\u202E Shoes ")));

        assertThat(named.storeName()).contains(new StoreName("Acme Shoes"));
        assertThat(named.storeName().get().value()).isEqualTo("Acme Shoes");
        assertThat(named.changesSince(defaults, Instant.EPOCH))
                .isEqualTo(Map.of("storeName", Map.of("before", "", "after", "Acme Shoes")));
        assertThat(named.withStoreName(Optional.empty()).storeName()).isEmpty();
        assertThat(new StoreName("x".repeat(StoreName.MAX_LENGTH)).value()).hasSize(60);
        for (String wrong : List.of("", "   ", "\u200B", "x".repeat(StoreName.MAX_LENGTH + 1))) {
            assertThatThrownBy(() -> new StoreName(wrong))
                    .isInstanceOf(InvalidValueException.class)
                    .extracting("code")
                    .isEqualTo("invalid_store_name");
        }
    }

    @Test
    void every_change_is_a_copy() {
        BehaviourSettings changed = defaults.withWelcomeMessage(new WelcomeMessage("Hello there!"));

        assertThat(changed.welcomeMessage().value()).isEqualTo("Hello there!");
        assertThat(defaults.welcomeMessage().value()).isEqualTo("Hi! How can we help you today?");
        assertThat(changed).isNotEqualTo(defaults);
        assertThat(BehaviourSettings.defaults()).isEqualTo(defaults).hasSameHashCodeAs(defaults);
    }

    @Test
    void links_the_privacy_policy_and_terms() {
        BehaviourSettings settings = defaults.withPrivacyPolicyUrl(URI.create("https://shop.example.com/privacy"))
                .withTermsUrl(URI.create("http://shop.example.com/terms?lang=pl#returns"));

        assertThat(settings.privacyPolicyUrl()).contains(URI.create("https://shop.example.com/privacy"));
        assertThat(settings.termsUrl()).contains(URI.create("http://shop.example.com/terms?lang=pl#returns"));
        assertThat(settings.withLinks(Optional.empty(), settings.termsUrl()).privacyPolicyUrl())
                .isEmpty();
        assertThat(settings.withLinks(settings.privacyPolicyUrl(), Optional.empty())
                        .termsUrl())
                .isEmpty();
    }

    @Test
    void refuses_links_that_are_not_full_web_addresses() {
        for (String link : List.of(
                "/privacy",
                "shop.example.com/privacy",
                "ftp://shop.example.com/privacy",
                "javascript:alert(1)",
                "mailto:help@example.com",
                "https:///privacy",
                "https://user:password@shop.example.com/privacy")) {
            assertThatThrownBy(() -> defaults.withPrivacyPolicyUrl(URI.create(link)))
                    .as(link)
                    .isInstanceOf(InvalidValueException.class)
                    .hasMessage("The privacy policy link must be a full web address that starts with http:// or"
                            + " https://, such as https://shop.example.com/privacy.")
                    .extracting("code")
                    .isEqualTo("invalid_url");
        }
        assertThatThrownBy(() -> defaults.withTermsUrl(URI.create("terms.html")))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("The terms link must be");
    }

    @Test
    void accepts_a_link_of_exactly_2000_characters_and_refuses_one_more() {
        String prefix = "https://shop.example.com/";
        URI longest = URI.create(prefix + "p".repeat(2_000 - prefix.length()));
        URI tooLong = URI.create(prefix + "p".repeat(2_001 - prefix.length()));

        assertThat(defaults.withTermsUrl(longest).termsUrl()).contains(longest);
        assertThatThrownBy(() -> defaults.withTermsUrl(tooLong))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("The terms link can be at most 2000 characters long; this one has 2001.")
                .extracting("code")
                .isEqualTo("url_too_long");
    }

    @Test
    void reads_a_typed_link_and_refuses_text_that_is_no_address() {
        assertThat(WebPageUrl.parse("  https://shop.example.com/privacy "))
                .hasToString("https://shop.example.com/privacy");
        assertThatThrownBy(() -> WebPageUrl.parse("https://shop example.com/privacy"))
                .isInstanceOf(InvalidValueException.class)
                .extracting("code")
                .isEqualTo("invalid_url");
        assertThatThrownBy(() -> WebPageUrl.parse("https://shop.example.com/" + "p".repeat(2_000)))
                .isInstanceOf(InvalidValueException.class)
                .extracting("code")
                .isEqualTo("url_too_long");
    }

    @Test
    void rebuilding_from_what_was_stored_checks_the_links_too() {
        assertThatThrownBy(() -> new BehaviourSettings(
                        defaults.welcomeMessage(),
                        Optional.of(URI.create("ftp://shop.example.com")),
                        Optional.empty(),
                        Duration.ofMinutes(3)))
                .isInstanceOf(InvalidValueException.class)
                .extracting("code")
                .isEqualTo("invalid_url");
    }

    @Test
    void accepts_a_waiting_threshold_of_exactly_one_minute_and_exactly_24_hours() {
        assertThat(defaults.withWaitingThreshold(Duration.ofMinutes(1)).waitingThreshold())
                .isEqualTo(Duration.ofMinutes(1));
        assertThat(defaults.withWaitingThreshold(Duration.ofHours(24)).waitingThreshold())
                .isEqualTo(Duration.ofHours(24));
    }

    @Test
    void refuses_a_waiting_threshold_just_outside_the_limits() {
        for (Duration threshold : List.of(
                Duration.ofMinutes(1).minusSeconds(1),
                Duration.ofHours(24).plusSeconds(1),
                Duration.ZERO,
                Duration.ofMinutes(-5))) {
            assertThatThrownBy(() -> defaults.withWaitingThreshold(threshold))
                    .as(threshold.toString())
                    .isInstanceOf(InvalidValueException.class)
                    .hasMessage("The waiting time before a ticket is highlighted must be between 1 minute and 24"
                            + " hours.")
                    .extracting("code")
                    .isEqualTo("invalid_waiting_threshold");
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_audit_summary_names_each_changed_field() {
        BehaviourSettings changed = defaults.withWelcomeMessage(new WelcomeMessage("Hello!"))
                .withTermsUrl(URI.create("https://shop.example.com/terms"))
                .withWaitingThreshold(Duration.ofMinutes(5));

        Map<String, Object> changes = changed.changesSince(defaults, Instant.EPOCH);

        assertThat(changes).containsOnlyKeys("welcomeMessage", "termsUrl", "waitingThresholdSeconds");
        assertThat((Map<String, Object>) changes.get("termsUrl"))
                .containsEntry("before", null)
                .containsEntry("after", "https://shop.example.com/terms");
        assertThat(changes.get("waitingThresholdSeconds")).isEqualTo(Map.of("before", 180L, "after", 300L));
    }
}
