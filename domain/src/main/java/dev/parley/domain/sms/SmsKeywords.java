package dev.parley.domain.sms;

import dev.parley.domain.shared.InvalidValueException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The whole-message keywords that opt a number out of the store's SMS ({@code STOP}) and back in ({@code START}),
 * compared without regard to case, surrounding spaces or a trailing full stop or exclamation mark. A keyword is one word
 * of letters or digits, at most {@value #MAX_LENGTH} characters; at most {@value #MAX_KEYWORDS} of each kind.
 *
 * @param optOut the keywords that opt out
 * @param optIn the keywords that opt back in
 */
public record SmsKeywords(List<String> optOut, List<String> optIn) {

    public static final int MAX_KEYWORDS = 20;
    public static final int MAX_LENGTH = 20;

    /**
     * Twilio's standard opt-out keywords and the Polish ones stores use; not "NIE" ("no"), which customers answer
     * questions with.
     */
    public static final List<String> DEFAULT_OPT_OUT =
            List.of("STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT", "WYPISZ", "REZYGNUJĘ", "REZYGNUJE");

    /** Twilio's standard opt-in keywords and the Polish one. */
    public static final List<String> DEFAULT_OPT_IN = List.of("START", "UNSTOP", "YES", "TAK");

    private static final Pattern KEYWORD = Pattern.compile("[\\p{L}\\p{N}]{1," + MAX_LENGTH + "}");

    public SmsKeywords {
        optOut = normalized(optOut, "opt-out");
        optIn = normalized(optIn, "opt-in");
        for (String word : optOut) {
            if (optIn.contains(word)) {
                throw new InvalidValueException(
                        "invalid_sms_keywords", "\"" + word + "\" cannot both opt out and opt in.");
            }
        }
    }

    /** The defaults of a new store. */
    public static SmsKeywords defaults() {
        return new SmsKeywords(DEFAULT_OPT_OUT, DEFAULT_OPT_IN);
    }

    /** What a message asks for, when it is one of the keywords and nothing else. */
    public Keyword classify(String body) {
        String word = body == null
                ? ""
                : body.strip().replaceAll("[.!]+$", "").strip().toUpperCase(Locale.ROOT);
        if (optOut.contains(word)) {
            return Keyword.OPT_OUT;
        }
        if (optIn.contains(word)) {
            return Keyword.OPT_IN;
        }
        return Keyword.NONE;
    }

    private static List<String> normalized(List<String> words, String kind) {
        if (words.size() > MAX_KEYWORDS) {
            throw new InvalidValueException(
                    "invalid_sms_keywords", "At most " + MAX_KEYWORDS + " " + kind + " keywords.");
        }
        Set<String> unique = new LinkedHashSet<>();
        for (String word : words) {
            String upper = (word == null ? "" : word.strip()).toUpperCase(Locale.ROOT);
            if (!KEYWORD.matcher(upper).matches()) {
                throw new InvalidValueException(
                        "invalid_sms_keywords",
                        "An " + kind + " keyword is one word of letters or digits, at most " + MAX_LENGTH
                                + " characters.");
            }
            unique.add(upper);
        }
        return List.copyOf(unique);
    }

    /** What a message asks for. */
    public enum Keyword {
        OPT_OUT,
        OPT_IN,
        NONE
    }
}
