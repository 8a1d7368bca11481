package dev.parley.domain.shared;

import java.util.Objects;

/**
 * Text that names someone or something (a display name, a location, a profile field, a file name) must show what it
 * is. Bidirectional controls could make {@code "\u202Egnp.exe"} read as "exe.png", and invisible characters could
 * make two different names look the same; so those are removed where such values are made. Messages keep their text
 * as written: clients show them isolated instead.
 *
 * <p>Removed: the bidirectional embeddings, overrides and isolates (U+202A to U+202E, U+2066 to U+2069), the marks
 * (U+200E, U+200F, U+061C), the zero-width characters (U+200B to U+200D, U+2060, U+FEFF), and other characters that
 * show nothing: U+00AD soft hyphen, U+034F, U+115F, U+1160, U+17B4, U+17B5, U+180E, U+2061 to U+2064, U+206A to U+206F,
 * U+3164, U+FFA0, U+FFF9 to U+FFFB and the tag characters U+E0000 to U+E007F.
 */
public final class DisplayText {

    private DisplayText() {}

    /** {@code text} without the characters that reorder or hide what is shown, then stripped of outer white space. */
    public static String clean(String text) {
        Objects.requireNonNull(text, "text");
        if (text.codePoints().noneMatch(DisplayText::isHidden)) {
            return text.strip();
        }
        StringBuilder shown = new StringBuilder(text.length());
        text.codePoints().filter(point -> !isHidden(point)).forEach(shown::appendCodePoint);
        return shown.toString().strip();
    }

    /** Whether the character reorders the text around it or shows nothing. */
    public static boolean isHidden(int point) {
        return (point >= 0x202A && point <= 0x202E)
                || (point >= 0x2066 && point <= 0x2069)
                || point == 0x200E
                || point == 0x200F
                || point == 0x061C
                || (point >= 0x200B && point <= 0x200D)
                || (point >= 0x2060 && point <= 0x2064)
                || (point >= 0x206A && point <= 0x206F)
                || point == 0xFEFF
                || point == 0x00AD
                || point == 0x034F
                || point == 0x115F
                || point == 0x1160
                || point == 0x17B4
                || point == 0x17B5
                || point == 0x180E
                || point == 0x3164
                || point == 0xFFA0
                || (point >= 0xFFF9 && point <= 0xFFFB)
                || (point >= 0xE0000 && point <= 0xE007F);
    }
}
