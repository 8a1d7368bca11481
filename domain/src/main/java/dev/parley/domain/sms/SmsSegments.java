package dev.parley.domain.sms;

/**
 * What a text costs as SMS: its length and the segments it is split into. A text in the GSM-7 alphabet takes 160
 * characters in one segment and 153 in each of several (the characters of the extension table, such as {@code €} and
 * {@code [}, count twice); any other character (Polish letters, emoji) sends the whole text as UCS-2: 70 UTF-16 units in
 * one segment, 67 in each of several.
 *
 * @param characters the length as the provider counts it (septets for GSM-7, UTF-16 units for UCS-2)
 * @param segments the segments it is sent in, at least one
 * @param unicode whether it goes as UCS-2
 */
public record SmsSegments(int characters, int segments, boolean unicode) {

    private static final String GSM_BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    private static final String GSM_EXTENSION = "^{}\\[~]|€\f";

    /** The segments of this text. */
    public static SmsSegments of(String text) {
        int septets = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (GSM_BASIC.indexOf(c) >= 0) {
                septets++;
            } else if (GSM_EXTENSION.indexOf(c) >= 0) {
                septets += 2;
            } else {
                int units = text.length();
                return new SmsSegments(units, count(units, 70, 67), true);
            }
        }
        return new SmsSegments(septets, count(septets, 160, 153), false);
    }

    private static int count(int length, int single, int each) {
        return length <= single ? 1 : (length + each - 1) / each;
    }
}
