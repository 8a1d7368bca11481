package dev.parley.domain.settings;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Whether the online chat is on, and whether its widget shows on the storefront. Turning the chat on turns the
 * widget on too; turning it off leaves the widget setting as it is.
 *
 * @param chatEnabled whether the online chat is on
 * @param onsiteWidgetEnabled whether the widget shows on the storefront
 */
public record ChatSettings(boolean chatEnabled, boolean onsiteWidgetEnabled) implements SettingsSection<ChatSettings> {

    /** A new store's: chat and widget on. */
    public static ChatSettings defaults() {
        return new ChatSettings(true, true);
    }

    /** Turns the online chat on, and with it the onsite widget. */
    public ChatSettings enableChat() {
        return new ChatSettings(true, true);
    }

    /** Turns the online chat off; the onsite widget setting is left as it is. */
    public ChatSettings disableChat() {
        return new ChatSettings(false, onsiteWidgetEnabled);
    }

    /** Turns the chat on or off; turning on a chat that is on already leaves the onsite widget as it is. */
    public ChatSettings switchedTo(boolean enabled) {
        if (!enabled) {
            return disableChat();
        }
        return chatEnabled ? this : enableChat();
    }

    /** Shows or hides the onsite widget. */
    public ChatSettings withOnsiteWidget(boolean enabled) {
        return new ChatSettings(chatEnabled, enabled);
    }

    /** Whether the widget shows at all: the chat and its onsite widget are both on. */
    public boolean widgetAvailable() {
        return chatEnabled && onsiteWidgetEnabled;
    }

    @Override
    public Map<String, Object> changesSince(ChatSettings before, Instant now) {
        Map<String, Object> changes = new LinkedHashMap<>();
        ChangeSummary.changed(changes, "chatEnabled", before.chatEnabled, chatEnabled);
        ChangeSummary.changed(changes, "onsiteWidgetEnabled", before.onsiteWidgetEnabled, onsiteWidgetEnabled);
        return changes;
    }
}
