package dev.parley.domain.assistant;

import java.util.Optional;
import java.util.Set;

/**
 * A message that asks nothing: a greeting ("Hi!", "Dzień dobry"), thanks or a nod ("thanks, that helps", "ok",
 * "dziękuję bardzo") or a goodbye ("bye", "do widzenia"), in English or Polish. The AI agent answers it in kind and
 * waits for a question, instead of searching the knowledge for it (nothing would answer it, and the conversation would
 * be handed off for a "hello"). Plain rules, matched without diacritics: a message is small talk only when every word
 * of it is one of these or goes with them, it has at most {@value #MOST_WORDS} words and no question mark, so that
 * "hi, where is my order" and "ok?" are questions.
 */
public enum SmallTalk {
    GREETING,
    THANKS,
    GOODBYE;

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

    /** Thanks, and the nods that end an answered question. */
    private static final Set<String> THANKS_WORDS = Set.of(
            "thanks",
            "thank",
            "thx",
            "cheers",
            "great",
            "perfect",
            "awesome",
            "cool",
            "ok",
            "okay",
            "got",
            "dzieki",
            "dziekuje",
            "dziekujemy",
            "super",
            "okej",
            "spoko",
            "swietnie",
            "dobrze");

    private static final Set<String> GOODBYES = Set.of("bye", "goodbye", "widzenia", "pozdrawiam", "pa");

    /** Words that go with a greeting, thanks or a goodbye without making it a question. */
    private static final Set<String> FILLERS = Set.of(
            "there",
            "all",
            "you",
            "very",
            "much",
            "a",
            "lot",
            "good",
            "it",
            "guys",
            "team",
            "again",
            "and",
            "now",
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
        if (text.indexOf('?') >= 0 || text.indexOf('\uFF1F') >= 0) {
            return Optional.empty();
        }
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
        boolean leaves = false;
        for (String word : words) {
            if (GOODBYES.contains(word)) {
                leaves = true;
            } else if (THANKS_WORDS.contains(word)) {
                thanks = true;
            } else if (GREETINGS.contains(word)) {
                greets = true;
            } else if (!FILLERS.contains(word)) {
                return Optional.empty();
            }
        }
        if (leaves) {
            return Optional.of(GOODBYE);
        }
        if (thanks) {
            return Optional.of(THANKS);
        }
        return greets ? Optional.of(GREETING) : Optional.empty();
    }
}
