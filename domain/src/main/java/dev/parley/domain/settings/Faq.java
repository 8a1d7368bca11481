package dev.parley.domain.settings;

import dev.parley.domain.shared.InvalidValueException;
import java.util.Objects;

/**
 * A frequently asked question and its answer. Published FAQs are the first thing a visitor sees in the chat; choosing
 * one shows its answer at once. Its place in {@link FaqSettings#faqs()} is its order.
 *
 * @param id identifies the FAQ
 * @param question the trimmed question, 1 to {@value #MAX_QUESTION_LENGTH} characters
 * @param answer the trimmed answer, 1 to {@value #MAX_ANSWER_LENGTH} characters
 * @param published whether visitors see it
 */
public record Faq(FaqId id, String question, String answer, boolean published) {

    /** The longest question, in characters. */
    public static final int MAX_QUESTION_LENGTH = 200;

    /** The longest answer, in characters. */
    public static final int MAX_ANSWER_LENGTH = 2_000;

    public Faq {
        Objects.requireNonNull(id, "FAQ id");
        question = checked(question, MAX_QUESTION_LENGTH, "invalid_faq_question", "question");
        answer = checked(answer, MAX_ANSWER_LENGTH, "invalid_faq_answer", "answer");
    }

    /** A new FAQ that visitors do not see until it is published. */
    public static Faq draft(FaqId id, String question, String answer) {
        return new Faq(id, question, answer, false);
    }

    public Faq publish() {
        return new Faq(id, question, answer, true);
    }

    public Faq unpublish() {
        return new Faq(id, question, answer, false);
    }

    public Faq withQuestion(String newQuestion) {
        return new Faq(id, newQuestion, answer, published);
    }

    public Faq withAnswer(String newAnswer) {
        return new Faq(id, question, newAnswer, published);
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
