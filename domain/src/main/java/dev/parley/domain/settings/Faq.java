package dev.parley.domain.settings;

import dev.parley.domain.shared.DisplayText;
import dev.parley.domain.shared.InvalidValueException;
import dev.parley.domain.shared.Language;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A frequently asked question and its answer. Published FAQs are the first thing a visitor sees in the chat; choosing
 * one shows its answer at once. Its place in {@link FaqSettings#faqs()} is its order.
 *
 * <p>An FAQ may have up to {@value #MAX_PHRASINGS} <em>alternative phrasings</em> of its question ("how long is
 * delivery", "when will my parcel arrive"): visitors never see them, the assistant finds the FAQ by them as by its
 * question. Each is cleaned like every shown text ({@link DisplayText#clean}; its white space, line breaks included,
 * collapsed to single spaces) and is then 1 to {@value #MAX_PHRASING_LENGTH} characters without control characters. A phrasing that says the same as the
 * question or as an earlier phrasing (ignoring case, white space and a closing {@code ?}, {@code !} or {@code .}) adds
 * nothing and is <strong>dropped</strong>; more than {@value #MAX_PHRASINGS} phrasings left after that are refused.
 *
 * @param id identifies the FAQ
 * @param question the trimmed question, 1 to {@value #MAX_QUESTION_LENGTH} characters
 * @param answer the trimmed answer, 1 to {@value #MAX_ANSWER_LENGTH} characters
 * @param published whether visitors see it
 * @param language the language it is written in, for visitors speaking it only; empty for every visitor
 * @param phrasings other ways to ask the question, cleaned, without duplicates, in the order given
 */
public record Faq(
        FaqId id,
        String question,
        String answer,
        boolean published,
        Optional<Language> language,
        List<String> phrasings) {

    /** The longest question, in characters. */
    public static final int MAX_QUESTION_LENGTH = 200;

    /** The longest answer, in characters. */
    public static final int MAX_ANSWER_LENGTH = 2_000;

    /** The most alternative phrasings an FAQ has. */
    public static final int MAX_PHRASINGS = 10;

    /** The longest alternative phrasing, in characters. */
    public static final int MAX_PHRASING_LENGTH = 300;

    /**
     * @throws InvalidValueException {@code invalid_faq_question} or {@code invalid_faq_answer} for an empty or too
     *     long question or answer; {@code invalid_faq_phrasing} for a phrasing that is empty, too long or holds a
     *     control character; {@code too_many_faq_phrasings} for more than {@value #MAX_PHRASINGS} phrasings once duplicates are
     *     dropped
     */
    public Faq {
        Objects.requireNonNull(id, "FAQ id");
        question = checked(question, MAX_QUESTION_LENGTH, "invalid_faq_question", "question");
        answer = checked(answer, MAX_ANSWER_LENGTH, "invalid_faq_answer", "answer");
        Objects.requireNonNull(language, "FAQ language");
        phrasings = phrasings(question, Objects.requireNonNull(phrasings, "FAQ phrasings"));
    }

    /** An FAQ without alternative phrasings. */
    public Faq(FaqId id, String question, String answer, boolean published, Optional<Language> language) {
        this(id, question, answer, published, language, List.of());
    }

    /** An FAQ for visitors in every language. */
    public Faq(FaqId id, String question, String answer, boolean published) {
        this(id, question, answer, published, Optional.empty());
    }

    /** A new FAQ that visitors do not see until it is published. */
    public static Faq draft(FaqId id, String question, String answer) {
        return new Faq(id, question, answer, false);
    }

    public Faq publish() {
        return new Faq(id, question, answer, true, language, phrasings);
    }

    public Faq unpublish() {
        return new Faq(id, question, answer, false, language, phrasings);
    }

    /** Shows the FAQ to visitors speaking {@code newLanguage} only, or to every visitor when empty. */
    public Faq withLanguage(Optional<Language> newLanguage) {
        return new Faq(id, question, answer, published, newLanguage, phrasings);
    }

    public Faq withQuestion(String newQuestion) {
        return new Faq(id, newQuestion, answer, published, language, phrasings);
    }

    public Faq withAnswer(String newAnswer) {
        return new Faq(id, question, newAnswer, published, language, phrasings);
    }

    /** Replaces the alternative phrasings (checked and cleaned as when the FAQ is made). */
    public Faq withPhrasings(List<String> newPhrasings) {
        return new Faq(id, question, answer, published, language, newPhrasings);
    }

    private static String checked(String text, int maxLength, String code, String what) {
        Objects.requireNonNull(text, what);
        String stripped = text.strip();
        if (stripped.isEmpty()) {
            throw new InvalidValueException(code, "An FAQ needs a " + what + ".");
        }
        if (stripped.length() > maxLength) {
            throw new InvalidValueException(
                    code,
                    "An FAQ " + what + " can be at most " + maxLength + " characters long; this one has "
                            + stripped.length() + ".");
        }
        return stripped;
    }

    private static List<String> phrasings(String question, List<String> given) {
        Set<String> said = new HashSet<>();
        said.add(sense(question));
        List<String> kept = new ArrayList<>();
        for (String phrasing : given) {
            String cleaned = phrasing(phrasing);
            if (said.add(sense(cleaned))) {
                kept.add(cleaned);
            }
        }
        if (kept.size() > MAX_PHRASINGS) {
            throw new InvalidValueException(
                    "too_many_faq_phrasings",
                    "An FAQ can have at most " + MAX_PHRASINGS + " other phrasings of its question; this one has "
                            + kept.size() + ".");
        }
        return List.copyOf(kept);
    }

    private static String phrasing(String text) {
        Objects.requireNonNull(text, "FAQ phrasing");
        String cleaned = DisplayText.clean(text).replaceAll("\\s+", " ");
        if (cleaned.isEmpty()
                || cleaned.length() > MAX_PHRASING_LENGTH
                || cleaned.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidValueException(
                    "invalid_faq_phrasing",
                    "Another phrasing of an FAQ's question is 1 to " + MAX_PHRASING_LENGTH
                            + " characters on one line; this one has " + cleaned.length() + ".");
        }
        return cleaned;
    }

    /** What a question says, for finding duplicates: in lower case, white space collapsed, no closing mark. */
    private static String sense(String text) {
        return text.toLowerCase(Locale.ROOT)
                .replaceAll("\\s+", " ")
                .replaceAll("[\\s?!.]+$", "")
                .strip();
    }
}
