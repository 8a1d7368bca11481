package dev.parley.domain.settings;

/** The bottom corner of the page where the chat launcher floats. */
public enum LauncherPosition {
    LEFT,
    RIGHT
}
