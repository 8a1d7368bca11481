package dev.parley.domain.assistant;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Decides what the store's knowledge answers to a question, from what the search found. Search scores are not
 * confidences (a passage that shares one rare word with an off-topic question can score high), so the gate decides on
 * two things an admin can check by reading: how many of the question's key words the best passage contains
 * (coverage), and how far its score leads the best passage of any other entry (lead).
 *
 * <ul>
 *   <li>The best passage covers enough and leads clearly: it is the {@link AnswerKind#ANSWER}, with its source.
 *   <li>Otherwise, when two or three entries are close to the best and each covers enough for a choice: they are
 *       offered as {@link AnswerKind#CHOICES} ("Did you mean…"), best first.
 *   <li>Otherwise there is {@link AnswerKind#NO_ANSWER}: a person should answer.
 * </ul>
 *
 * <p>An entry counts once, by its best passage: two sections of one article are never a close call between answers.
 * Nor are two entries whose passages say the same thing (at least {@value #SAME_ANSWER} of the shorter one's terms
 * beyond the question's are in the other, {@link Hit#likeness}): an FAQ and the article section it comes from. The lead
 * is taken over the best entry that says something else.
 * The confidence is the best passage's coverage, scaled between one half (no lead at all) and one (nothing else
 * matches) by its lead: {@code coverage × (1 − 0.5 / lead)}. It orders answers; it is not a probability.
 */
public final class AnswerGate {

    /** The most "Did you mean…" choices offered. */
    public static final int MAX_CHOICES = 3;

    /**
     * How alike two passages must be ({@link Hit#likeness}) to say the same thing: an FAQ and the article section that
     * says what it says are one answer in two places, not a close call between two answers.
     */
    public static final double SAME_ANSWER = 0.4;

    private final AnswerThresholds thresholds;

    public AnswerGate(AnswerThresholds thresholds) {
        this.thresholds = Objects.requireNonNull(thresholds, "thresholds");
    }

    /**
     * What the hits of one search answer.
     *
     * @param hits the search's hits, in any order (the best score counts first, ties in the given order)
     */
    public Answer decide(List<Hit> hits) {
        List<Hit> best = bestPerEntry(hits);
        if (best.isEmpty()) {
            return Answer.none("Nothing in the store's published knowledge matches the question.");
        }
        Hit top = best.get(0);
        Optional<Hit> runnerUp =
                best.stream().skip(1).filter(hit -> !sameAnswer(top, hit)).findFirst();
        double lead = runnerUp.map(next -> lead(top, next)).orElse(Double.POSITIVE_INFINITY);
        boolean coversEnough = top.coverage() >= thresholds.minimumCoverage();
        if (coversEnough && lead >= thresholds.minimumLead()) {
            return answer(top, best, runnerUp, lead);
        }
        List<Hit> choices = best.stream()
                .filter(hit -> hit.entry().ref().equals(top.entry().ref()) || !leads(top, hit))
                .filter(hit -> hit.coverage() >= thresholds.minimumChoiceCoverage())
                .limit(MAX_CHOICES)
                .toList();
        if (choices.size() >= 2) {
            return choices(choices, top, runnerUp.orElse(choices.get(1)), coversEnough, lead);
        }
        if (!coversEnough) {
            return Answer.none("The best match, " + quoted(top) + ", covers " + coverage(top) + "; at least "
                    + percent(thresholds.minimumCoverage()) + " are needed.");
        }
        Hit next = runnerUp.orElseThrow();
        return Answer.none(capitalised(
                        count(best.stream().filter(hit -> !leads(top, hit)).count()))
                + " answers are close (" + quoted(top) + " scores only " + times(lead) + " " + quoted(next)
                + "), and fewer than two of them cover " + percent(thresholds.minimumChoiceCoverage())
                + " of the question's key words to be offered as choices.");
    }

    private Answer answer(Hit top, List<Hit> best, Optional<Hit> runnerUp, double lead) {
        List<Hit> alike =
                best.stream().skip(1).takeWhile(hit -> sameAnswer(top, hit)).toList();
        String why = "The best match, " + quoted(top) + ", covers " + coverage(top) + " and "
                + runnerUp.filter(next -> Double.isFinite(lead))
                        .map(next -> "scores " + times(lead) + " the next one"
                                + (alike.isEmpty() ? "" : " that says something else") + ", " + quoted(next) + ".")
                        .orElse(
                                alike.isEmpty()
                                        ? "nothing else matches."
                                        : "nothing else matches that says something else.")
                + alike.stream()
                        .map(hit -> " " + quoted(hit) + " says much the same.")
                        .collect(Collectors.joining());
        return new Answer(
                AnswerKind.ANSWER,
                Optional.of(top.passage()),
                List.of(Source.of(top.entry())),
                confidence(top, lead),
                why);
    }

    private Answer choices(List<Hit> choices, Hit top, Hit next, boolean coversEnough, double lead) {
        String why = coversEnough
                ? capitalised(count(choices.size())) + " answers are close (" + quoted(top) + " scores only "
                        + times(lead) + " " + quoted(next) + "); the visitor chooses."
                : "The best match, " + quoted(top) + ", covers " + coverage(top) + ", too few to answer (at least "
                        + percent(thresholds.minimumCoverage()) + " are needed); the " + count(choices.size())
                        + " closest matches are offered as choices.";
        return new Answer(
                AnswerKind.CHOICES,
                Optional.empty(),
                choices.stream().map(hit -> Source.of(hit.entry())).toList(),
                confidence(choices.get(0), lead),
                why);
    }

    private static boolean sameAnswer(Hit top, Hit other) {
        return top.likeness(other) >= SAME_ANSWER;
    }

    /** Whether {@code top} leads {@code other} clearly enough for {@code other} not to be a close call. */
    private boolean leads(Hit top, Hit other) {
        return lead(top, other) >= thresholds.minimumLead();
    }

    private static double lead(Hit top, Hit other) {
        if (other.score() <= 0) {
            return Double.POSITIVE_INFINITY;
        }
        return Math.max(1, top.score() / other.score());
    }

    private static double confidence(Hit hit, double lead) {
        return Math.round(hit.coverage() * (1 - 0.5 / lead) * 100) / 100.0;
    }

    private static List<Hit> bestPerEntry(List<Hit> hits) {
        List<Hit> sorted = new ArrayList<>(hits);
        sorted.sort(Comparator.comparingDouble(Hit::score).reversed());
        Map<String, Hit> best = new LinkedHashMap<>();
        for (Hit hit : sorted) {
            best.putIfAbsent(hit.entry().ref(), hit);
        }
        return List.copyOf(best.values());
    }

    private static String coverage(Hit hit) {
        if (hit.counted()) {
            return hit.matchedWords() + " of the question's " + hit.questionWords() + " key "
                    + (hit.questionWords() == 1 ? "word" : "words");
        }
        return percent(hit.coverage()) + " of the question's key words";
    }

    private static String quoted(Hit hit) {
        return "\u201C" + hit.entry().title() + "\u201D";
    }

    private static String percent(double share) {
        return Math.round(share * 100) + " %";
    }

    private static String times(double lead) {
        return String.format(Locale.ROOT, "%.1f times", lead);
    }

    private static String count(long n) {
        return switch ((int) Math.min(n, 4)) {
            case 2 -> "two";
            case 3 -> "three";
            default -> String.valueOf(n);
        };
    }

    private static String capitalised(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
