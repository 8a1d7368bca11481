package dev.parley.domain.assistant;

import java.util.Optional;
import java.util.Set;

/**
 * A message that asks nothing: a greeting ("Hi!", "Dzień dobry") or thanks ("thanks, that helps", "dziękuję bardzo"),
 * in English or Polish. The AI agent answers it in kind and waits for a question, instead of searching the knowledge
 * for it (nothing would answer it, and the conversation would be handed off for a "hello"). Plain rules, matched
 * without diacritics: a message is small talk only when every word of it is one of these, so that "hi, where is my
 * order?" is a question.
 */
public enum SmallTalk {
    GREETING,
    THANKS;

    /** The most words a message of small talk has. */
    static final int MOST_WORDS = 6;

    private static final Set<String> GREETINGS = Set.of(
            "hi",
            "hello",
            "hey",
            "hiya",
            "howdy",
            "greetings",
            "morning",
            "afternoon",
            "evening",
            "yo",
            "czesc",
            "hej",
            "hejka",
            "witam",
            "witaj",
            "witajcie",
            "siema",
            "halo",
            "dzien",
            "wieczor",
            "dobry");

    private static final Set<String> THANKS_WORDS = Set.of(
            "thanks",
            "thank",
            "thx",
            "ty",
            "cheers",
            "great",
            "perfect",
            "awesome",
            "cool",
            "ok",
            "okay",
            "got",
            "bye",
            "goodbye",
            "dzieki",
            "dziekuje",
            "dziekujemy",
            "super",
            "okej",
            "spoko",
            "swietnie",
            "dobrze",
            "pozdrawiam",
            "widzenia");

    /** Words that go with a greeting or thanks without making it a question. */
    private static final Set<String> FILLERS = Set.of(
            "there",
            "all",
            "you",
            "very",
            "much",
            "so",
            "a",
            "lot",
            "good",
            "it",
            "guys",
            "team",
            "again",
            "and",
            "bardzo",
            "wam",
            "ci",
            "panu",
            "pani",
            "panstwu",
            "za",
            "pomoc",
            "do",
            "i",
            "no",
            "to",
            "wszystkim");

    /** What the text is, if it is small talk; empty for anything else (a question, or text without words). */
    public static Optional<SmallTalk> of(String text) {
        String plain = HandoffIntent.plain(text);
        if (plain.isEmpty()) {
            return Optional.empty();
        }
        String[] words = plain.split("\\s+", -1);
        if (words.length > MOST_WORDS) {
            return Optional.empty();
        }
        boolean greets = false;
        boolean thanks = false;
        for (String word : words) {
            if (THANKS_WORDS.contains(word)) {
                thanks = true;
            } else if (GREETINGS.contains(word)) {
                greets = true;
            } else if (!FILLERS.contains(word)) {
                return Optional.empty();
            }
        }
        if (thanks) {
            return Optional.of(THANKS);
        }
        return greets ? Optional.of(GREETING) : Optional.empty();
    }
}
