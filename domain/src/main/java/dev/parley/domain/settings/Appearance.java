package dev.parley.domain.settings;

import dev.parley.domain.shared.InvalidValueException;
import dev.parley.domain.shared.Language;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How the chat launcher looks on the storefront: its colour, icon, corner and the label next to it.
 *
 * @param colour a hex colour such as {@code #1F6FEB}, kept in upper case
 * @param icon the picture on the launcher
 * @param position the bottom corner the launcher floats in
 * @param launcherLabel the text next to the launcher, 0 to {@value #MAX_LABEL_LENGTH} characters; empty means none
 * @param launcherLabelTranslations the label in other languages than the store's, each 1 to
 *     {@value #MAX_LABEL_LENGTH} characters
 */
public record Appearance(
        String colour,
        LauncherIcon icon,
        LauncherPosition position,
        String launcherLabel,
        Translations<String> launcherLabelTranslations) {

    /** The longest launcher label, in characters. */
    public static final int MAX_LABEL_LENGTH = 40;

    private static final Pattern HEX_COLOUR = Pattern.compile("#[0-9A-Fa-f]{6}");

    public Appearance {
        Objects.requireNonNull(colour, "colour");
        Objects.requireNonNull(icon, "icon");
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(launcherLabel, "launcher label");
        colour = colour.strip();
        if (!HEX_COLOUR.matcher(colour).matches()) {
            throw new InvalidValueException("invalid_colour", "The colour must be a hex colour such as #1F6FEB.");
        }
        colour = colour.toUpperCase(Locale.ROOT);
        launcherLabel = launcherLabel.strip();
        if (launcherLabel.length() > MAX_LABEL_LENGTH) {
            throw new InvalidValueException(
                    "launcher_label_too_long",
                    "The launcher label can be at most " + MAX_LABEL_LENGTH + " characters long; this one has "
                            + launcherLabel.length() + ".");
        }
        Objects.requireNonNull(launcherLabelTranslations, "launcher label translations");
        launcherLabelTranslations.texts().values().forEach(label -> {
            if (label.isBlank() || !label.equals(label.strip()) || label.length() > MAX_LABEL_LENGTH) {
                throw new InvalidValueException(
                        "launcher_label_too_long",
                        "A translated launcher label is 1 to " + MAX_LABEL_LENGTH
                                + " characters long, without spaces around it.");
            }
        });
    }

    /** A look with its label in the store's language only. */
    public Appearance(String colour, LauncherIcon icon, LauncherPosition position, String launcherLabel) {
        this(colour, icon, position, launcherLabel, Translations.none());
    }

    /** Parley's own look: blue {@code #1F6FEB}, the chat icon, bottom right, no label. */
    public static Appearance defaults() {
        return new Appearance("#1F6FEB", LauncherIcon.CHAT, LauncherPosition.RIGHT, "");
    }

    /** Whether the launcher shows a label next to its icon. */
    public boolean hasLauncherLabel() {
        return !launcherLabel.isEmpty();
    }

    public Appearance withColour(String newColour) {
        return new Appearance(newColour, icon, position, launcherLabel, launcherLabelTranslations);
    }

    public Appearance withIcon(LauncherIcon newIcon) {
        return new Appearance(colour, newIcon, position, launcherLabel, launcherLabelTranslations);
    }

    public Appearance withPosition(LauncherPosition newPosition) {
        return new Appearance(colour, icon, newPosition, launcherLabel, launcherLabelTranslations);
    }

    public Appearance withLauncherLabel(String newLabel) {
        return new Appearance(colour, icon, position, newLabel, launcherLabelTranslations);
    }

    /** Sets the label in other languages than the store's; a language left out shows the store's label. */
    public Appearance withLauncherLabelTranslations(Translations<String> translations) {
        return new Appearance(colour, icon, position, launcherLabel, translations);
    }

    /** This look as a visitor speaking {@code visitorLanguage} sees it, with the label in their language. */
    public Appearance forVisitor(Language visitorLanguage) {
        return new Appearance(
                colour,
                icon,
                position,
                launcherLabelTranslations.forVisitor(visitorLanguage, launcherLabel),
                Translations.none());
    }
}
