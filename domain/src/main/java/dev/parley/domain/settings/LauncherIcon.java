package dev.parley.domain.settings;

/** The picture on the chat launcher. */
public enum LauncherIcon {
    CHAT,
    HELP,
    MESSAGE,
    SMILE
}
