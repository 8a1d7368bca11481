package dev.parley.domain.assistant;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether a visitor asks for a person in words, in English or Polish ("I want to talk to a human", "chcę rozmawiać z
 * konsultantem"). Plain rules, so that the handoff never depends on a model: a word that names a person on the
 * store's team, on its own or with a request to talk. Polish is matched without diacritics, so that "czlowiek" counts
 * as "człowiek".
 */
public final class HandoffIntent {

    /** Words that name a person on the team, as stems: "konsultant" matches "konsultantem", "konsultanta"… */
    private static final List<String> PERSON_STEMS = List.of(
            "human",
            "person",
            "agent",
            "operator",
            "representative",
            "someone real",
            "real person",
            "live chat",
            "support team",
            "customer service",
            "customer support",
            "customer care",
            "czlowiek",
            "czlowieka",
            "czlowiekiem",
            "konsultant",
            "pracownik",
            "obsluga klienta",
            "obsluga sklepu",
            "zywa osoba",
            "zywej osoby",
            "zywym",
            "doradc",
            "doradca");

    /** Short messages that are a request on their own ("agent", "human please", "konsultant!"). */
    private static final int SHORT = 4;

    private static final Pattern REQUEST = Pattern.compile(
            "\\b(talk|speak|chat|connect|transfer|contact|want|need|get me|give me|can i|could i|let me|"
                    + "rozmawiac|porozmawiac|pogadac|polacz|polaczyc|przekaz|chce|chcialbym|chcialabym|"
                    + "prosze|potrzebuje|moge|daj|kontakt)");

    private HandoffIntent() {}

    /** Whether the text asks for a person. */
    public static boolean asksForPerson(String text) {
        String plain = plain(text);
        if (plain.isBlank()) {
            return false;
        }
        boolean namesPerson = PERSON_STEMS.stream().anyMatch(stem -> containsWordStartingWith(plain, stem));
        if (!namesPerson) {
            return false;
        }
        return plain.split("\\s+").length <= SHORT || REQUEST.matcher(plain).find();
    }

    private static boolean containsWordStartingWith(String text, String stem) {
        return Pattern.compile("(^|[^a-z])" + Pattern.quote(stem)).matcher(text).find();
    }

    /** Lower case, without diacritics (ł as l), punctuation as spaces. */
    static String plain(String text) {
        String lower = text.toLowerCase(Locale.ROOT).replace('ł', 'l');
        String stripped = Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return stripped.replaceAll("[^a-z0-9 ]+", " ").strip();
    }
}
