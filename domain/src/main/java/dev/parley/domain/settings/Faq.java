package dev.parley.domain.settings;

import dev.parley.domain.shared.InvalidValueException;
import dev.parley.domain.shared.Language;
import java.util.Objects;
import java.util.Optional;

/**
 * A frequently asked question and its answer. Published FAQs are the first thing a visitor sees in the chat; choosing
 * one shows its answer at once. Its place in {@link FaqSettings#faqs()} is its order.
 *
 * @param id identifies the FAQ
 * @param question the trimmed question, 1 to {@value #MAX_QUESTION_LENGTH} characters
 * @param answer the trimmed answer, 1 to {@value #MAX_ANSWER_LENGTH} characters
 * @param published whether visitors see it
 * @param language the language it is written in, for visitors speaking it only; empty for every visitor
 */
public record Faq(FaqId id, String question, String answer, boolean published, Optional<Language> language) {

    /** The longest question, in characters. */
    public static final int MAX_QUESTION_LENGTH = 200;

    /** The longest answer, in characters. */
    public static final int MAX_ANSWER_LENGTH = 2_000;

    public Faq {
        Objects.requireNonNull(id, "FAQ id");
        question = checked(question, MAX_QUESTION_LENGTH, "invalid_faq_question", "question");
        answer = checked(answer, MAX_ANSWER_LENGTH, "invalid_faq_answer", "answer");
        Objects.requireNonNull(language, "FAQ language");
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
        return new Faq(id, question, answer, true, language);
    }

    public Faq unpublish() {
        return new Faq(id, question, answer, false, language);
    }

    /** Shows the FAQ to visitors speaking {@code newLanguage} only, or to every visitor when empty. */
    public Faq withLanguage(Optional<Language> newLanguage) {
        return new Faq(id, question, answer, published, newLanguage);
    }

    public Faq withQuestion(String newQuestion) {
        return new Faq(id, newQuestion, answer, published, language);
    }

    public Faq withAnswer(String newAnswer) {
        return new Faq(id, question, newAnswer, published, language);
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
}
