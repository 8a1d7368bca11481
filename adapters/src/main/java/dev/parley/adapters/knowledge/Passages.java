package dev.parley.adapters.knowledge;

import dev.parley.domain.assistant.KnowledgeEntry;
import dev.parley.domain.assistant.KnowledgeKind;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Cuts the store's knowledge into the passages that are searched and shown: an FAQ is one passage (its answer, found
 * by its question and phrasings); an article is cut at its headings (lines starting with {@code #}), a section longer
 * than {@value #LONGEST} characters at its paragraphs, lines, then sentences, and a section shorter than
 * {@value #SHORTEST} characters joins the next when both fit in {@value #LONGEST}. A passage is shown with its
 * headings, and found by its article's title too.
 */
final class Passages {

    /** The shortest passage that stands on its own, in characters. */
    static final int SHORTEST = 300;

    /** The longest passage, in characters. */
    static final int LONGEST = 800;

    private static final Pattern HEADING_MARKS = Pattern.compile("^#+\\s*");
    private static final Pattern LINE = Pattern.compile("\\R");
    private static final List<Pattern> BREAKS = List.of(
            Pattern.compile("\\R[ \\t]*\\R\\s*"), LINE, Pattern.compile("(?<=[.!?…])\\s+"), Pattern.compile("\\s+"));

    /**
     * A passage of an entry.
     *
     * @param entry the FAQ or article it belongs to
     * @param headline what it is found by above its text: an FAQ's question and phrasings, or an article's title and
     *     the passage's headings
     * @param text what is searched and shown: an FAQ's answer, or a part of an article with its headings
     */
    record Passage(KnowledgeEntry entry, List<String> headline, String text) {}

    private Passages() {}

    static List<Passage> of(KnowledgeEntry entry) {
        if (entry.kind() == KnowledgeKind.FAQ) {
            List<String> headline = new ArrayList<>();
            headline.add(entry.title());
            headline.addAll(entry.phrasings());
            return List.of(new Passage(entry, headline, entry.body().strip()));
        }
        List<Passage> passages = new ArrayList<>();
        for (Section section : joinShort(sections(entry.body()))) {
            List<String> headline = new ArrayList<>();
            headline.add(entry.title());
            headline.addAll(section.headings());
            passages.add(new Passage(entry, headline, section.text()));
        }
        return passages;
    }

    /** A part of an article: its headings (none before the first) and its text, headings on lines of their own. */
    private record Section(List<String> headings, String text) {

        Section joined(Section next) {
            List<String> both = new ArrayList<>(headings);
            both.addAll(next.headings);
            return new Section(both, text + "\n\n" + next.text);
        }
    }

    private static List<Section> sections(String body) {
        List<Section> sections = new ArrayList<>();
        String heading = "";
        StringBuilder text = new StringBuilder();
        for (String line : LINE.split(body, -1)) {
            String stripped = line.strip();
            if (stripped.startsWith("#")) {
                addCut(sections, heading, text.toString());
                heading = HEADING_MARKS.matcher(stripped).replaceFirst("").strip();
                text.setLength(0);
            } else {
                text.append(line).append('\n');
            }
        }
        addCut(sections, heading, text.toString());
        return sections;
    }

    private static void addCut(List<Section> sections, String heading, String text) {
        String content = text.strip();
        if (heading.isEmpty() && content.isEmpty()) {
            return;
        }
        List<String> headings = heading.isEmpty() ? List.of() : List.of(heading);
        String prefix = heading.isEmpty() ? "" : heading + "\n";
        int room = Math.max(LONGEST / 2, LONGEST - prefix.length());
        for (String piece : cut(content, room, 0)) {
            sections.add(new Section(headings, (prefix + piece).strip()));
        }
    }

    /** The text in pieces of at most {@code room} characters, cut at the coarsest break that does it. */
    private static List<String> cut(String text, int room, int level) {
        if (text.length() <= room) {
            return List.of(text);
        }
        if (level == BREAKS.size()) {
            List<String> hard = new ArrayList<>();
            for (int start = 0; start < text.length(); start += room) {
                hard.add(text.substring(start, Math.min(text.length(), start + room)));
            }
            return hard;
        }
        Pattern breaks = BREAKS.get(level);
        String glue = level == 0 ? "\n\n" : level == 1 ? "\n" : " ";
        List<String> pieces = new ArrayList<>();
        StringBuilder piece = new StringBuilder();
        for (String part : breaks.split(text, -1)) {
            if (part.isBlank()) {
                continue;
            }
            for (String small : cut(part.strip(), room, level + 1)) {
                if (piece.length() > 0 && piece.length() + glue.length() + small.length() > room) {
                    pieces.add(piece.toString());
                    piece.setLength(0);
                }
                if (piece.length() > 0) {
                    piece.append(glue);
                }
                piece.append(small);
            }
        }
        if (piece.length() > 0) {
            pieces.add(piece.toString());
        }
        return pieces;
    }

    private static List<Section> joinShort(List<Section> sections) {
        List<Section> joined = new ArrayList<>();
        Section current = null;
        for (Section section : sections) {
            if (current != null
                    && current.text().length() < SHORTEST
                    && current.text().length() + 2 + section.text().length() <= LONGEST) {
                current = current.joined(section);
            } else {
                if (current != null) {
                    joined.add(current);
                }
                current = section;
            }
        }
        if (current != null) {
            joined.add(current);
        }
        return joined;
    }
}
