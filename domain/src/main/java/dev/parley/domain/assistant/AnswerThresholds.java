package dev.parley.domain.assistant;

import dev.parley.domain.shared.InvalidValueException;
import java.util.Locale;

/**
 * Where the {@link AnswerGate} draws its lines. Search scores are not confidences, so the gate looks at how much of the
 * question the best passage covers and how far its score leads the best passage of any other entry.
 *
 * @param minimumCoverage the share of the question's content words the best passage must contain to be answered, from
 *     {@value #LOWEST_COVERAGE} to 1
 * @param minimumLead how many times the runner-up's score the best passage's score must be to be answered on its own,
 *     from 1 (never a close call) to {@value #HIGHEST_LEAD}
 * @param minimumChoiceCoverage the share of the question's content words each "Did you mean…" choice must contain,
 *     from {@value #LOWEST_COVERAGE} to {@code minimumCoverage}
 */
public record AnswerThresholds(double minimumCoverage, double minimumLead, double minimumChoiceCoverage) {

    /** The lowest coverage a store may require: below it, a word or two of a long question would be an answer. */
    public static final double LOWEST_COVERAGE = 0.1;

    /** The highest lead a store may require: above it, nearly every answer becomes a choice. */
    public static final double HIGHEST_LEAD = 5;

    /** Parley's thresholds, chosen from the evaluation set (docs/assistant.md, "Retrieval"). */
    public static final AnswerThresholds DEFAULT = new AnswerThresholds(0.7, 1.3, 0.4);

    public AnswerThresholds {
        within(minimumCoverage, LOWEST_COVERAGE, 1, "The minimum coverage");
        within(minimumLead, 1, HIGHEST_LEAD, "The minimum lead");
        within(minimumChoiceCoverage, LOWEST_COVERAGE, minimumCoverage, "The minimum coverage of a choice");
    }

    private static void within(double value, double lowest, double highest, String what) {
        if (!(value >= lowest && value <= highest)) {
            throw new InvalidValueException(
                    "invalid_answer_thresholds",
                    String.format(
                            Locale.ROOT,
                            "%s must lie between %s and %s; it is %s.",
                            what,
                            plain(lowest),
                            plain(highest),
                            plain(value)));
        }
    }

    private static String plain(double value) {
        return value == Math.rint(value) && !Double.isInfinite(value)
                ? String.valueOf((long) value)
                : String.format(Locale.ROOT, "%.2f", value);
    }
}
