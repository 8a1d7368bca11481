package dev.parley.domain.note;

import dev.parley.domain.shared.AgentId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Finds the team members a note mentions: {@code @} (not inside a word, as in an email address) followed by a
 * member's display name, in any case, and then anything but a letter or digit (so {@code @Ada} mentions Ada, but not in {@code @Adam}). Where several names fit
 * at one {@code @} the longest wins ({@code @Ada Lovelace} mentions Ada Lovelace, not Ada); members who share that
 * name are all mentioned. An {@code @} naming nobody on the team is just text.
 */
public final class Mentions {

    private Mentions() {}

    /**
     * Someone who may be mentioned.
     *
     * @param agent the team member
     * @param name their display name
     */
    public record Candidate(AgentId agent, String name) {

        public Candidate {
            Objects.requireNonNull(agent, "agent");
            Objects.requireNonNull(name, "name");
        }
    }

    /** The members the text mentions, in the order of their first mention, each once. */
    public static List<AgentId> in(String text, Collection<Candidate> team) {
        List<Candidate> longestFirst = new ArrayList<>(
                team.stream().filter(candidate -> !candidate.name().isBlank()).toList());
        longestFirst.sort(
                Comparator.comparingInt((Candidate c) -> c.name().strip().length())
                        .reversed());
        String folded = text.toLowerCase(Locale.ROOT);
        Set<AgentId> found = new LinkedHashSet<>();
        for (int at = folded.indexOf('@'); at >= 0; at = folded.indexOf('@', at + 1)) {
            if (at > 0 && isWordPart(folded, at - 1)) {
                continue;
            }
            int longest = -1;
            for (Candidate candidate : longestFirst) {
                String name = candidate.name().strip().toLowerCase(Locale.ROOT);
                if (longest >= 0 && name.length() < longest) {
                    break;
                }
                int end = at + 1 + name.length();
                if (folded.startsWith(name, at + 1) && (end == folded.length() || !isWordPart(folded, end))) {
                    longest = name.length();
                    found.add(candidate.agent());
                }
            }
        }
        return List.copyOf(found);
    }

    private static boolean isWordPart(String text, int index) {
        int codePoint = text.codePointAt(index);
        return Character.isLetterOrDigit(codePoint) || codePoint == '_';
    }
}
