package dev.parley.domain.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.domain.shared.InvalidValueException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StoreSettingsTest {

    private final StoreSettings defaults = StoreSettings.defaults();
    private final Appearance green = new Appearance("#2DA44E", LauncherIcon.HELP, LauncherPosition.LEFT, "Help");
    private final Appearance purple = new Appearance("#8250DF", LauncherIcon.SMILE, LauncherPosition.RIGHT, "Hi");

    private final Faq shipping = Faq.draft(FaqId.random(), "Do you ship abroad?", "Yes, to all of the EU.").publish();
    private final Faq returns = Faq.draft(FaqId.random(), "Can I return an item?", "Within 30 days.");
    private final Faq sizes = Faq.draft(FaqId.random(), "How do sizes run?", "True to size.").publish();

    // ---- defaults

    @Test
    void a_new_store_starts_with_sensible_defaults() {
        assertThat(defaults.chatEnabled()).isTrue();
        assertThat(defaults.onsiteWidgetEnabled()).isTrue();
        assertThat(defaults.chatAppearance())
                .isEqualTo(new Appearance("#1F6FEB", LauncherIcon.CHAT, LauncherPosition.RIGHT, ""));
        assertThat(defaults.customerHub().active()).isFalse();
        assertThat(defaults.customerHub().appearance()).isEqualTo(defaults.chatAppearance());
        assertThat(defaults.welcomeMessage()).isEqualTo(new WelcomeMessage("Hi! How can we help you today?"));
        assertThat(defaults.faqs()).isEmpty();
        assertThat(defaults.privacyPolicyUrl()).isEmpty();
        assertThat(defaults.termsUrl()).isEmpty();
        assertThat(defaults.businessHours().alwaysOpen()).isTrue();
        assertThat(defaults.awayMessage().value())
                .isEqualTo("Thanks for your message! We're away right now and will reply as soon as we're back.");
        assertThat(defaults.waitingThreshold()).isEqualTo(Duration.ofMinutes(3));
        assertThat(defaults.allowedOrigins().isEmpty()).isTrue();
        assertThat(defaults.identityVerification().secret()).isEmpty();
        assertThat(defaults.identityVerification().enforced()).isFalse();
    }

    @Test
    void every_change_is_a_copy() {
        StoreSettings changed = defaults.withWelcomeMessage(new WelcomeMessage("Hello there!"));

        assertThat(changed.welcomeMessage().value()).isEqualTo("Hello there!");
        assertThat(defaults.welcomeMessage().value()).isEqualTo("Hi! How can we help you today?");
        assertThat(changed).isNotEqualTo(defaults);
        assertThat(StoreSettings.defaults()).isEqualTo(defaults).hasSameHashCodeAs(defaults);
    }

    @Test
    void reconstitutes_what_was_stored() {
        StoreSettings stored = defaults.disableChat().addFaq(shipping)
                .withTermsUrl(URI.create("https://shop.example.com/terms"));

        StoreSettings rebuilt = StoreSettings.reconstitute(stored.chatEnabled(), stored.onsiteWidgetEnabled(),
                stored.chatAppearance(), stored.customerHub(), stored.welcomeMessage(), stored.faqs(),
                stored.privacyPolicyUrl(), stored.termsUrl(), stored.businessHours(), stored.awayMessage(),
                stored.waitingThreshold(), stored.allowedOrigins(), stored.identityVerification());

        assertThat(rebuilt).isEqualTo(stored);
    }

    // ---- online chat on and off

    @Test
    void turning_the_chat_on_turns_the_onsite_widget_on_too() {
        StoreSettings off = defaults.disableChat().withOnsiteWidget(false);

        StoreSettings on = off.enableChat();

        assertThat(on.chatEnabled()).isTrue();
        assertThat(on.onsiteWidgetEnabled()).isTrue();
    }

    @Test
    void turning_the_chat_off_leaves_the_onsite_widget_as_it_was() {
        StoreSettings off = defaults.disableChat();

        assertThat(off.chatEnabled()).isFalse();
        assertThat(off.onsiteWidgetEnabled()).isTrue();
    }

    @Test
    void the_onsite_widget_can_be_switched_on_its_own() {
        assertThat(defaults.withOnsiteWidget(false).onsiteWidgetEnabled()).isFalse();
        assertThat(defaults.withOnsiteWidget(false).chatEnabled()).isTrue();
        assertThat(defaults.withOnsiteWidget(false).withOnsiteWidget(true).onsiteWidgetEnabled()).isTrue();
    }

    // ---- design and the customer hub

    @Test
    void the_chats_own_design_is_used_while_the_hub_is_inactive() {
        StoreSettings settings = defaults.withChatAppearance(green)
                .withCustomerHub(CustomerHub.defaults().withAppearance(purple));

        assertThat(settings.isChatAppearanceLocked()).isFalse();
        assertThat(settings.effectiveAppearance()).isEqualTo(green);
    }

    @Test
    void the_hubs_design_takes_precedence_while_the_hub_is_active() {
        StoreSettings settings = defaults.withChatAppearance(green)
                .withCustomerHub(CustomerHub.defaults().withAppearance(purple).activate());

        assertThat(settings.isChatAppearanceLocked()).isTrue();
        assertThat(settings.effectiveAppearance()).isEqualTo(purple);
        assertThat(settings.chatAppearance()).isEqualTo(green);
        assertThat(settings.withCustomerHub(settings.customerHub().deactivate()).effectiveAppearance())
                .isEqualTo(green);
    }

    @Test
    void the_chats_design_cannot_be_changed_while_the_hub_is_active() {
        StoreSettings hubActive = defaults.withCustomerHub(CustomerHub.defaults().activate());

        assertThatThrownBy(() -> hubActive.withChatAppearance(green))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("The customer hub is active, so the chat uses the hub's design; change the design in the"
                        + " customer hub settings.")
                .extracting("code").isEqualTo("appearance_locked_by_customer_hub");
    }

    @Test
    void the_hubs_design_can_be_changed_while_it_is_active() {
        StoreSettings hubActive = defaults.withCustomerHub(CustomerHub.defaults().activate());

        StoreSettings changed = hubActive.withCustomerHub(hubActive.customerHub().withAppearance(purple));

        assertThat(changed.effectiveAppearance()).isEqualTo(purple);
    }

    @Test
    void chat_behaviour_still_comes_from_the_chat_settings_while_the_hub_is_active() {
        StoreSettings settings = defaults.withCustomerHub(CustomerHub.defaults().activate())
                .withWelcomeMessage(new WelcomeMessage("Welcome back!")).addFaq(shipping);

        assertThat(settings.welcomeMessage().value()).isEqualTo("Welcome back!");
        assertThat(settings.publishedFaqs()).containsExactly(shipping);
    }

    // ---- FAQs

    @Test
    void only_published_faqs_are_shown_in_the_stores_order() {
        StoreSettings settings = defaults.addFaq(shipping).addFaq(returns).addFaq(sizes);

        assertThat(settings.faqs()).containsExactly(shipping, returns, sizes);
        assertThat(settings.publishedFaqs()).containsExactly(shipping, sizes);
    }

    @Test
    void reorders_faqs() {
        StoreSettings settings = defaults.addFaq(shipping).addFaq(returns).addFaq(sizes)
                .reorderFaqs(List.of(sizes.id(), shipping.id(), returns.id()));

        assertThat(settings.faqs()).containsExactly(sizes, shipping, returns);
        assertThat(settings.publishedFaqs()).containsExactly(sizes, shipping);
    }

    @Test
    void a_new_order_must_list_every_faq_exactly_once() {
        StoreSettings settings = defaults.addFaq(shipping).addFaq(returns);

        for (List<FaqId> order : List.of(List.of(shipping.id()), List.of(shipping.id(), shipping.id()),
                List.of(shipping.id(), returns.id(), sizes.id()), List.of(shipping.id(), sizes.id()))) {
            assertThatThrownBy(() -> settings.reorderFaqs(order))
                    .isInstanceOf(InvalidValueException.class)
                    .hasMessage("The new order must list every FAQ exactly once.")
                    .extracting("code").isEqualTo("invalid_faq_order");
        }
    }

    @Test
    void updates_an_faq_in_its_place() {
        Faq answered = returns.withAnswer("Within 60 days, free of charge.").publish();

        StoreSettings settings = defaults.addFaq(shipping).addFaq(returns).addFaq(sizes).updateFaq(answered);

        assertThat(settings.faqs()).containsExactly(shipping, answered, sizes);
        assertThat(settings.faq(returns.id())).contains(answered);
        assertThat(settings.publishedFaqs()).containsExactly(shipping, answered, sizes);
    }

    @Test
    void removes_an_faq() {
        StoreSettings settings = defaults.addFaq(shipping).addFaq(returns).removeFaq(shipping.id());

        assertThat(settings.faqs()).containsExactly(returns);
        assertThat(settings.faq(shipping.id())).isEmpty();
    }

    @Test
    void refuses_to_add_an_faq_twice() {
        StoreSettings settings = defaults.addFaq(shipping);

        assertThatThrownBy(() -> settings.addFaq(shipping.withQuestion("Do you ship to Norway?")))
                .isInstanceOf(InvalidValueException.class)
                .extracting("code").isEqualTo("duplicate_faq");
    }

    @Test
    void an_unknown_faq_cannot_be_updated_or_removed() {
        StoreSettings settings = defaults.addFaq(shipping);

        assertThatThrownBy(() -> settings.updateFaq(returns))
                .isInstanceOf(FaqNotFoundException.class)
                .hasMessage("There is no FAQ " + returns.id() + ".")
                .extracting("code").isEqualTo("faq_not_found");
        assertThatThrownBy(() -> settings.removeFaq(returns.id()))
                .isInstanceOf(FaqNotFoundException.class);
    }

    @Test
    void the_faq_list_cannot_be_changed_from_outside() {
        StoreSettings settings = defaults.addFaq(shipping);

        assertThatThrownBy(() -> settings.faqs().add(returns)).isInstanceOf(UnsupportedOperationException.class);
    }

    // ---- links

    @Test
    void links_the_privacy_policy_and_terms() {
        StoreSettings settings = defaults.withPrivacyPolicyUrl(URI.create("https://shop.example.com/privacy"))
                .withTermsUrl(URI.create("http://shop.example.com/terms?lang=pl#returns"));

        assertThat(settings.privacyPolicyUrl()).contains(URI.create("https://shop.example.com/privacy"));
        assertThat(settings.termsUrl()).contains(URI.create("http://shop.example.com/terms?lang=pl#returns"));
        assertThat(settings.withoutPrivacyPolicyUrl().privacyPolicyUrl()).isEmpty();
        assertThat(settings.withoutTermsUrl().termsUrl()).isEmpty();
    }

    @Test
    void refuses_links_that_are_not_full_web_addresses() {
        for (String link : List.of("/privacy", "shop.example.com/privacy", "ftp://shop.example.com/privacy",
                "javascript:alert(1)", "mailto:help@example.com", "https:///privacy",
                "https://user:password@shop.example.com/privacy")) {
            assertThatThrownBy(() -> defaults.withPrivacyPolicyUrl(URI.create(link)))
                    .as(link)
                    .isInstanceOf(InvalidValueException.class)
                    .hasMessage("The privacy policy link must be a full web address that starts with http:// or"
                            + " https://, such as https://shop.example.com/privacy.")
                    .extracting("code").isEqualTo("invalid_url");
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
                .extracting("code").isEqualTo("url_too_long");
    }

    @Test
    void reads_a_typed_link_and_refuses_text_that_is_no_address() {
        assertThat(WebPageUrl.parse("  https://shop.example.com/privacy ")).hasToString(
                "https://shop.example.com/privacy");
        assertThatThrownBy(() -> WebPageUrl.parse("https://shop example.com/privacy"))
                .isInstanceOf(InvalidValueException.class)
                .extracting("code").isEqualTo("invalid_url");
        assertThatThrownBy(() -> WebPageUrl.parse("https://shop.example.com/" + "p".repeat(2_000)))
                .isInstanceOf(InvalidValueException.class)
                .extracting("code").isEqualTo("url_too_long");
    }

    @Test
    void reconstituting_checks_stored_links_too() {
        assertThatThrownBy(() -> StoreSettings.reconstitute(true, true, Appearance.defaults(), CustomerHub.defaults(),
                defaults.welcomeMessage(), List.of(), Optional.of(URI.create("ftp://shop.example.com")),
                Optional.empty(), BusinessHours.defaults(), defaults.awayMessage(), Duration.ofMinutes(3),
                AllowedOrigins.none(), IdentityVerification.none()))
                .isInstanceOf(InvalidValueException.class)
                .extracting("code").isEqualTo("invalid_url");
    }

    // ---- waiting threshold

    @Test
    void accepts_a_waiting_threshold_of_exactly_one_minute_and_exactly_24_hours() {
        assertThat(defaults.withWaitingThreshold(Duration.ofMinutes(1)).waitingThreshold())
                .isEqualTo(Duration.ofMinutes(1));
        assertThat(defaults.withWaitingThreshold(Duration.ofHours(24)).waitingThreshold())
                .isEqualTo(Duration.ofHours(24));
    }

    @Test
    void refuses_a_waiting_threshold_just_outside_the_limits() {
        for (Duration threshold : List.of(Duration.ofMinutes(1).minusSeconds(1), Duration.ofHours(24).plusSeconds(1),
                Duration.ZERO, Duration.ofMinutes(-5))) {
            assertThatThrownBy(() -> defaults.withWaitingThreshold(threshold))
                    .as(threshold.toString())
                    .isInstanceOf(InvalidValueException.class)
                    .hasMessage("The waiting time before a ticket is highlighted must be between 1 minute and 24"
                            + " hours.")
                    .extracting("code").isEqualTo("invalid_waiting_threshold");
        }
    }

    // ---- the rest

    @Test
    void keeps_business_hours_away_message_origins_and_identity_verification() {
        BusinessHours hours = BusinessHours.defaults().withAlwaysOpen(false);
        AllowedOrigins origins = AllowedOrigins.of("https://shop.example.com");
        IdentityVerification verification = IdentityVerification.none().withSecret("x".repeat(40)).withEnforced(true);

        StoreSettings settings = defaults.withBusinessHours(hours).withAwayMessage(new AwayMessage("Back at 9."))
                .withAllowedOrigins(origins).withIdentityVerification(verification);

        assertThat(settings.businessHours()).isEqualTo(hours);
        assertThat(settings.awayMessage().value()).isEqualTo("Back at 9.");
        assertThat(settings.allowedOrigins().permits("https://shop.example.com")).isTrue();
        assertThat(settings.identityVerification().enforced()).isTrue();
    }

    @Test
    void the_description_never_shows_the_identity_secret() {
        String secret = "very-secret-value-0123456789abcdef";
        StoreSettings settings = defaults.withIdentityVerification(IdentityVerification.none().withSecret(secret));

        assertThat(settings.toString()).doesNotContain(secret).contains("secret=set");
    }
}
