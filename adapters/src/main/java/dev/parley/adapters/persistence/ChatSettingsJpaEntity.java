package dev.parley.adapters.persistence;

import dev.parley.domain.settings.ChatSettings;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The chat on/off section's columns of the store's settings row. */
@Entity(name = "ChatSettings")
@Table(name = "store_settings")
class ChatSettingsJpaEntity {

    @Id
    @Column(name = "id")
    int id;

    @Column(name = "chat_enabled", nullable = false)
    boolean chatEnabled;

    @Column(name = "onsite_widget_enabled", nullable = false)
    boolean onsiteWidgetEnabled;

    void copyStateOf(ChatSettings settings) {
        chatEnabled = settings.chatEnabled();
        onsiteWidgetEnabled = settings.onsiteWidgetEnabled();
    }

    ChatSettings toDomain() {
        return new ChatSettings(chatEnabled, onsiteWidgetEnabled);
    }
}
