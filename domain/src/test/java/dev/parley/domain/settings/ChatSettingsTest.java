package dev.parley.domain.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChatSettingsTest {

    private final ChatSettings defaults = ChatSettings.defaults();

    @Test
    void a_new_store_has_the_chat_and_its_widget_on() {
        assertThat(defaults.chatEnabled()).isTrue();
        assertThat(defaults.onsiteWidgetEnabled()).isTrue();
        assertThat(defaults.widgetAvailable()).isTrue();
    }

    @Test
    void turning_the_chat_on_turns_the_onsite_widget_on_too() {
        ChatSettings off = defaults.disableChat().withOnsiteWidget(false);

        ChatSettings on = off.enableChat();

        assertThat(on.chatEnabled()).isTrue();
        assertThat(on.onsiteWidgetEnabled()).isTrue();
        assertThat(off.switchedTo(true)).isEqualTo(on);
    }

    @Test
    void turning_on_a_chat_that_is_on_already_leaves_the_onsite_widget_as_it_is() {
        ChatSettings hidden = defaults.withOnsiteWidget(false);

        assertThat(hidden.switchedTo(true)).isEqualTo(hidden);
        assertThat(hidden.widgetAvailable()).isFalse();
    }

    @Test
    void turning_the_chat_off_leaves_the_onsite_widget_as_it_was() {
        ChatSettings off = defaults.switchedTo(false);

        assertThat(off.chatEnabled()).isFalse();
        assertThat(off.onsiteWidgetEnabled()).isTrue();
        assertThat(off.widgetAvailable()).isFalse();
    }

    @Test
    void the_onsite_widget_can_be_switched_on_its_own() {
        assertThat(defaults.withOnsiteWidget(false).onsiteWidgetEnabled()).isFalse();
        assertThat(defaults.withOnsiteWidget(false).chatEnabled()).isTrue();
        assertThat(defaults.withOnsiteWidget(false).withOnsiteWidget(true).onsiteWidgetEnabled())
                .isTrue();
    }

    @Test
    void every_change_is_a_copy() {
        ChatSettings off = defaults.disableChat();

        assertThat(defaults.chatEnabled()).isTrue();
        assertThat(off).isNotEqualTo(defaults);
        assertThat(ChatSettings.defaults()).isEqualTo(defaults).hasSameHashCodeAs(defaults);
    }

    @Test
    void the_audit_summary_names_the_switches_that_changed() {
        assertThat(defaults.disableChat().changesSince(defaults, Instant.EPOCH))
                .isEqualTo(Map.of("chatEnabled", Map.of("before", true, "after", false)));
        assertThat(defaults.changesSince(defaults, Instant.EPOCH)).isEmpty();
    }
}
