package dev.parley.adapters.persistence;

import dev.parley.domain.settings.Appearance;
import dev.parley.domain.settings.CustomerHub;
import dev.parley.domain.settings.DesignSettings;
import dev.parley.domain.settings.LauncherIcon;
import dev.parley.domain.settings.LauncherPosition;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The design section's columns of the store's settings row: the chat's own design and the customer hub's. */
@Entity(name = "DesignSettings")
@Table(name = "store_settings")
class DesignSettingsJpaEntity {

    @Id
    @Column(name = "id")
    int id;

    @Column(name = "chat_colour", nullable = false)
    String chatColour;

    @Column(name = "chat_icon", nullable = false)
    String chatIcon;

    @Column(name = "chat_position", nullable = false)
    String chatPosition;

    @Column(name = "chat_launcher_label", nullable = false)
    String chatLauncherLabel;

    @Column(name = "hub_active", nullable = false)
    boolean hubActive;

    @Column(name = "hub_colour", nullable = false)
    String hubColour;

    @Column(name = "hub_icon", nullable = false)
    String hubIcon;

    @Column(name = "hub_position", nullable = false)
    String hubPosition;

    @Column(name = "hub_launcher_label", nullable = false)
    String hubLauncherLabel;

    @Column(name = "chat_launcher_label_translations", nullable = false)
    String chatLauncherLabelTranslations;

    @Column(name = "hub_launcher_label_translations", nullable = false)
    String hubLauncherLabelTranslations;

    void copyStateOf(DesignSettings settings) {
        Appearance chat = settings.chatAppearance();
        chatColour = chat.colour();
        chatIcon = chat.icon().name();
        chatPosition = chat.position().name();
        chatLauncherLabel = chat.launcherLabel();
        chatLauncherLabelTranslations = TranslationsJson.write(chat.launcherLabelTranslations(), label -> label);
        CustomerHub hub = settings.customerHub();
        hubActive = hub.active();
        hubColour = hub.appearance().colour();
        hubIcon = hub.appearance().icon().name();
        hubPosition = hub.appearance().position().name();
        hubLauncherLabel = hub.appearance().launcherLabel();
        hubLauncherLabelTranslations =
                TranslationsJson.write(hub.appearance().launcherLabelTranslations(), label -> label);
    }

    DesignSettings toDomain() {
        Appearance chat = new Appearance(
                chatColour,
                LauncherIcon.valueOf(chatIcon),
                LauncherPosition.valueOf(chatPosition),
                chatLauncherLabel,
                TranslationsJson.read(chatLauncherLabelTranslations, label -> label));
        Appearance hub = new Appearance(
                hubColour,
                LauncherIcon.valueOf(hubIcon),
                LauncherPosition.valueOf(hubPosition),
                hubLauncherLabel,
                TranslationsJson.read(hubLauncherLabelTranslations, label -> label));
        return new DesignSettings(chat, new CustomerHub(hubActive, hub));
    }
}
