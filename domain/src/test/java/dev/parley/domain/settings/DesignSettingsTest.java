package dev.parley.domain.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.domain.shared.InvalidValueException;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DesignSettingsTest {

    private final DesignSettings defaults = DesignSettings.defaults();
    private final Appearance green = new Appearance("#2DA44E", LauncherIcon.HELP, LauncherPosition.LEFT, "Help");
    private final Appearance purple = new Appearance("#8250DF", LauncherIcon.SMILE, LauncherPosition.RIGHT, "Hi");

    @Test
    void a_new_store_has_parleys_blue_launcher_and_an_inactive_hub() {
        assertThat(defaults.chatAppearance())
                .isEqualTo(new Appearance("#1F6FEB", LauncherIcon.CHAT, LauncherPosition.RIGHT, ""));
        assertThat(defaults.customerHub().active()).isFalse();
        assertThat(defaults.customerHub().appearance()).isEqualTo(defaults.chatAppearance());
    }

    @Test
    void the_chats_own_design_is_used_while_the_hub_is_inactive() {
        DesignSettings settings = defaults.withChatAppearance(green)
                .withCustomerHub(CustomerHub.defaults().withAppearance(purple));

        assertThat(settings.isChatAppearanceLocked()).isFalse();
        assertThat(settings.effectiveAppearance()).isEqualTo(green);
    }

    @Test
    void the_hubs_design_takes_precedence_while_the_hub_is_active() {
        DesignSettings settings = defaults.withChatAppearance(green)
                .withCustomerHub(CustomerHub.defaults().withAppearance(purple).activate());

        assertThat(settings.isChatAppearanceLocked()).isTrue();
        assertThat(settings.effectiveAppearance()).isEqualTo(purple);
        assertThat(settings.chatAppearance()).isEqualTo(green);
        assertThat(settings.withCustomerHub(settings.customerHub().deactivate()).effectiveAppearance())
                .isEqualTo(green);
    }

    @Test
    void the_chats_design_cannot_be_changed_while_the_hub_is_active() {
        DesignSettings hubActive =
                defaults.withCustomerHub(CustomerHub.defaults().activate());

        assertThatThrownBy(() -> hubActive.withChatAppearance(green))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("The customer hub is active, so the chat uses the hub's design; change the design in the"
                        + " customer hub settings.")
                .extracting("code")
                .isEqualTo("appearance_locked_by_customer_hub");
    }

    @Test
    void the_hubs_design_can_be_changed_while_it_is_active() {
        DesignSettings hubActive =
                defaults.withCustomerHub(CustomerHub.defaults().activate());

        DesignSettings changed =
                hubActive.withCustomerHub(hubActive.customerHub().withAppearance(purple));

        assertThat(changed.effectiveAppearance()).isEqualTo(purple);
    }

    @Test
    void the_audit_summary_shows_the_design_before_and_after() {
        Map<String, Object> changes = defaults.withChatAppearance(green).changesSince(defaults, Instant.EPOCH);

        assertThat(changes).containsOnlyKeys("appearance");
        assertThat(changes.get("appearance"))
                .isEqualTo(Map.of(
                        "before", Map.of("colour", "#1F6FEB", "icon", "chat", "position", "right", "launcherLabel", ""),
                        "after",
                                Map.of(
                                        "colour",
                                        "#2DA44E",
                                        "icon",
                                        "help",
                                        "position",
                                        "left",
                                        "launcherLabel",
                                        "Help")));
    }
}
