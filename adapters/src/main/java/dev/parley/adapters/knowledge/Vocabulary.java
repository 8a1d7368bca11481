package dev.parley.adapters.knowledge;

import dev.parley.adapters.knowledge.TextAnalysis.Word;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The forms the passages of one language contain, with how many passages contain each. */
final class Vocabulary {

    private final Map<String, Integer> passages = new HashMap<>();

    /**
     * Whether every form of the word occurs in the knowledge: only then is a country's name taken for the country
     * the knowledge names ({@code usa} has the forms {@code us} and {@code usa}, and {@code us} may stem another word).
     */
    boolean knowsEveryForm(Word word) {
        return word.forms().stream().allMatch(passages::containsKey);
    }

    void addAll(Set<String> forms) {
        forms.forEach(form -> passages.merge(form, 1, Integer::sum));
    }

    /**
     * The word, or, when none of its forms occurs in the knowledge, the nearest form that does as its typo: one
     * edit away for a form of {@value #ONE_EDIT} letters or more, two for {@value #TWO_EDITS} or more (a letter
     * added, dropped, changed, or two swapped), with the same first letter. The nearest wins, then the commonest.
     */
    Word corrected(Word word) {
        if (word.forms().stream().anyMatch(passages::containsKey)) {
            return word;
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String form : word.forms()) {
            int allowed = form.length() >= TWO_EDITS ? 2 : form.length() >= ONE_EDIT ? 1 : 0;
            if (allowed == 0) {
                continue;
            }
            for (Map.Entry<String, Integer> known : passages.entrySet()) {
                String candidate = known.getKey();
                if (candidate.charAt(0) != form.charAt(0) || Math.abs(candidate.length() - form.length()) > allowed) {
                    continue;
                }
                int distance = distance(form, candidate, allowed);
                if (distance <= allowed
                        && (distance < bestDistance
                                || (distance == bestDistance
                                        && (known.getValue() > passages.get(best)
                                                || (known.getValue().equals(passages.get(best))
                                                        && candidate.compareTo(best) < 0))))) {
                    best = candidate;
                    bestDistance = distance;
                }
            }
        }
        return best == null ? word : new Word(List.of(best));
    }

    static final int ONE_EDIT = 5;
    static final int TWO_EDITS = 8;

    /** The edits from one to the other (optimal string alignment), or more than {@code most} if more. */
    static int distance(String from, String to, int most) {
        int[][] d = new int[from.length() + 1][to.length() + 1];
        for (int i = 0; i <= from.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= to.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= from.length(); i++) {
            int rowBest = Integer.MAX_VALUE;
            for (int j = 1; j <= to.length(); j++) {
                int cost = from.charAt(i - 1) == to.charAt(j - 1) ? 0 : 1;
                int value = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1
                        && j > 1
                        && from.charAt(i - 1) == to.charAt(j - 2)
                        && from.charAt(i - 2) == to.charAt(j - 1)) {
                    value = Math.min(value, d[i - 2][j - 2] + 1);
                }
                d[i][j] = value;
                rowBest = Math.min(rowBest, value);
            }
            if (rowBest > most) {
                return most + 1;
            }
        }
        return d[from.length()][to.length()];
    }
}
