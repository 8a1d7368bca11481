package dev.parley.application.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.application.audit.InMemoryAuditLog;
import dev.parley.application.settings.InMemorySettings.News;
import dev.parley.application.settings.port.in.UpdateBehaviourSettingsCommand;
import dev.parley.application.settings.port.in.UpdateChatSettingsCommand;
import dev.parley.application.settings.port.in.UpdateDesignSettingsCommand;
import dev.parley.application.team.InMemoryTeam;
import dev.parley.domain.settings.Appearance;
import dev.parley.domain.settings.BehaviourSettings;
import dev.parley.domain.settings.ChatSettings;
import dev.parley.domain.settings.CustomerHub;
import dev.parley.domain.settings.DesignSettings;
import dev.parley.domain.settings.LauncherIcon;
import dev.parley.domain.settings.LauncherPosition;
import dev.parley.domain.settings.WelcomeMessage;
import dev.parley.domain.shared.AgentId;
import dev.parley.domain.shared.InvalidValueException;
import dev.parley.domain.team.AdminsOnlyException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What every section's change shares (admins only, one audit entry, news after it), shown on chat and design. */
class SettingsChangesTest {

    private static final Instant NOW = Instant.parse("2026-11-29T12:00:00Z");
    private static final AgentId ADMIN = AgentId.random();
    private static final Appearance GREEN = new Appearance("#00AA55", LauncherIcon.HELP, LauncherPosition.LEFT, "Help");
    private static final Appearance PURPLE = new Appearance("#7700FF", LauncherIcon.SMILE, LauncherPosition.RIGHT, "");

    private final InMemoryTeam team = InMemoryTeam.withAdmin(ADMIN, "Ada Admin");
    private final InMemoryAuditLog audit = new InMemoryAuditLog();
    private final InMemorySettings settings = new InMemorySettings(team, audit, Clock.fixed(NOW, ZoneOffset.UTC));

    private static UpdateChatSettingsCommand chat(Boolean chatEnabled, Boolean onsiteWidgetEnabled) {
        return new UpdateChatSettingsCommand(
                ADMIN, Optional.ofNullable(chatEnabled), Optional.ofNullable(onsiteWidgetEnabled));
    }

    private static UpdateDesignSettingsCommand design(Appearance appearance, CustomerHub hub) {
        return new UpdateDesignSettingsCommand(ADMIN, Optional.ofNullable(appearance), Optional.ofNullable(hub));
    }

    @Test
    void a_new_store_shows_each_sections_defaults() {
        assertThat(settings.chatService.chatSettings()).isEqualTo(ChatSettings.defaults());
        assertThat(settings.designService.designSettings()).isEqualTo(DesignSettings.defaults());
        assertThat(settings.behaviourService
                        .behaviourSettings()
                        .welcomeMessage()
                        .value())
                .isEqualTo("Hi! How can we help you today?");
    }

    @Test
    void a_change_touches_its_own_section_only_and_is_recorded_once_as_the_admins() {
        ChatSettings changed = settings.chatService.update(chat(false, null));

        assertThat(changed).isEqualTo(ChatSettings.defaults().disableChat());
        assertThat(settings.chat.saves()).containsExactly(changed);
        assertThat(settings.saves()).isEqualTo(1);
        assertThat(audit.entries()).singleElement().satisfies(entry -> {
            assertThat(entry.action().code()).isEqualTo("settings.updated");
            assertThat(entry.actor()).isEqualTo(ADMIN);
            assertThat(entry.actorName()).isEqualTo("Ada Admin");
            assertThat(entry.at()).isEqualTo(NOW);
            assertThat(entry.summary()).isEqualTo(Map.of("chatEnabled", Map.of("before", true, "after", false)));
        });
    }

    @Test
    void a_saved_change_is_announced_for_its_section_with_the_waiting_threshold() {
        settings.designService.update(design(GREEN, null));
        settings.behaviourService.update(new UpdateBehaviourSettingsCommand(
                ADMIN, Optional.empty(), Optional.empty(), Optional.of(Duration.ofMinutes(7))));
        settings.chatService.update(chat(false, null));

        assertThat(settings.announced())
                .containsExactly(
                        new News("design", Duration.ofMinutes(3)),
                        new News("behaviour", Duration.ofMinutes(7)),
                        new News("chat", Duration.ofMinutes(7)));
    }

    @Test
    void only_an_admin_changes_the_settings_and_a_refusal_records_nothing() {
        AgentId agent = team.addAgent("Bob Agent");

        assertThatThrownBy(() -> settings.chatService.update(
                        new UpdateChatSettingsCommand(agent, Optional.of(false), Optional.empty())))
                .isInstanceOf(AdminsOnlyException.class);
        assertThatThrownBy(() -> settings.behaviourService.update(new UpdateBehaviourSettingsCommand(
                        ADMIN, Optional.empty(), Optional.empty(), Optional.of(Duration.ofSeconds(1)))))
                .isInstanceOf(InvalidValueException.class);
        assertThat(settings.saves()).isZero();
        assertThat(audit.entries()).isEmpty();
        assertThat(settings.announced()).isEmpty();
    }

    @Test
    void a_change_that_changes_nothing_is_not_saved() {
        settings.chatService.update(chat(true, null));
        settings.behaviourService.update(new UpdateBehaviourSettingsCommand(
                ADMIN, Optional.of(BehaviourSettings.defaults().welcomeMessage()), Optional.empty(), Optional.empty()));

        assertThat(settings.saves()).isZero();
        assertThat(settings.announced()).isEmpty();
        assertThat(audit.entries()).isEmpty();
    }

    @Test
    void one_refused_field_refuses_the_whole_section_and_nothing_is_saved() {
        assertThatThrownBy(() -> settings.behaviourService.update(new UpdateBehaviourSettingsCommand(
                        ADMIN,
                        Optional.of(new WelcomeMessage("Welcome to our shop!")),
                        Optional.empty(),
                        Optional.of(Duration.ofHours(25)))))
                .hasFieldOrPropertyWithValue("code", "invalid_waiting_threshold");
        assertThat(settings.behaviour.stored()).isEqualTo(BehaviourSettings.defaults());
        assertThat(settings.saves()).isZero();
    }

    @Test
    void turning_the_chat_on_turns_the_onsite_widget_on_too() {
        settings.chat.given(ChatSettings.defaults().withOnsiteWidget(false).disableChat());

        ChatSettings changed = settings.chatService.update(chat(true, null));

        assertThat(changed.chatEnabled()).isTrue();
        assertThat(changed.onsiteWidgetEnabled()).isTrue();
    }

    @Test
    void turning_the_chat_on_with_the_widget_off_keeps_the_widget_off() {
        settings.chat.given(ChatSettings.defaults().disableChat());

        ChatSettings changed = settings.chatService.update(chat(true, false));

        assertThat(changed.chatEnabled()).isTrue();
        assertThat(changed.onsiteWidgetEnabled()).isFalse();
    }

    @Test
    void saying_again_that_the_chat_is_on_leaves_a_hidden_widget_hidden() {
        settings.chat.given(ChatSettings.defaults().withOnsiteWidget(false));

        assertThat(settings.chatService.update(chat(true, null)).onsiteWidgetEnabled())
                .isFalse();
    }

    @Test
    void the_chat_design_cannot_change_while_the_customer_hub_is_active() {
        settings.design.given(DesignSettings.defaults().withCustomerHub(new CustomerHub(true, PURPLE)));

        assertThatThrownBy(() -> settings.designService.update(design(GREEN, null)))
                .isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("code", "appearance_locked_by_customer_hub");
        assertThat(settings.design.saves()).isEmpty();
    }

    @Test
    void sending_back_the_current_design_while_the_hub_is_active_is_no_change() {
        settings.design.given(DesignSettings.defaults().withCustomerHub(new CustomerHub(true, PURPLE)));

        DesignSettings changed = settings.designService.update(design(Appearance.defaults(), null));

        assertThat(changed.isChatAppearanceLocked()).isTrue();
        assertThat(changed.effectiveAppearance()).isEqualTo(PURPLE);
        assertThat(settings.design.saves()).isEmpty();
    }

    @Test
    void switching_the_hub_off_and_changing_the_design_in_one_change_works() {
        settings.design.given(DesignSettings.defaults().withCustomerHub(new CustomerHub(true, PURPLE)));

        DesignSettings changed = settings.designService.update(design(GREEN, new CustomerHub(false, PURPLE)));

        assertThat(changed.isChatAppearanceLocked()).isFalse();
        assertThat(changed.chatAppearance()).isEqualTo(GREEN);
        assertThat(changed.effectiveAppearance()).isEqualTo(GREEN);
        assertThat(audit.entries())
                .singleElement()
                .satisfies(entry -> assertThat(entry.summary()).containsOnlyKeys("appearance", "customerHub"));
    }
}
