package dev.parley.application.assistant;

import dev.parley.application.assistant.port.out.KnowledgeIndexPort;
import dev.parley.domain.assistant.Hit;
import dev.parley.domain.assistant.KnowledgeEntry;
import dev.parley.domain.shared.Language;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * A plain-word index for the service's tests: a question's words of four letters or more are its content words; an
 * entry matches the ones its title, phrasings or body contain, and scores one point per word, two in the title or a
 * phrasing. Entries in another language than the question's are not searched.
 */
final class WordIndex implements KnowledgeIndexPort {

    private volatile List<KnowledgeEntry> entries = List.of();
    private final AtomicInteger replacements = new AtomicInteger();
    private final AtomicInteger replacing = new AtomicInteger();
    private final AtomicInteger mostAtOnce = new AtomicInteger();
    private final AtomicInteger searches = new AtomicInteger();
    private volatile long replaceMillis;

    /** Makes each replacement take this long, to overlap questions with it. */
    void slowDown(long millis) {
        replaceMillis = millis;
    }

    int replacements() {
        return replacements.get();
    }

    int mostReplacingAtOnce() {
        return mostAtOnce.get();
    }

    int searches() {
        return searches.get();
    }

    List<KnowledgeEntry> entries() {
        return entries;
    }

    @Override
    public void replace(List<KnowledgeEntry> replacement) {
        mostAtOnce.accumulateAndGet(replacing.incrementAndGet(), Math::max);
        try {
            if (replaceMillis > 0) {
                Thread.sleep(replaceMillis);
            }
            entries = List.copyOf(replacement);
            replacements.incrementAndGet();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            replacing.decrementAndGet();
        }
    }

    @Override
    public List<Hit> search(String question, Language language, int limit) {
        searches.incrementAndGet();
        Set<String> words = words(question);
        if (words.isEmpty()) {
            return List.of();
        }
        List<Hit> hits = new ArrayList<>();
        for (KnowledgeEntry entry : entries) {
            if (entry.language().isPresent() && entry.language().get() != language) {
                continue;
            }
            Set<String> titled = words(entry.title() + " " + String.join(" ", entry.phrasings()));
            Set<String> bodied = words(entry.body());
            int matched = 0;
            double score = 0;
            for (String word : words) {
                if (titled.contains(word)) {
                    matched++;
                    score += 2;
                } else if (bodied.contains(word)) {
                    matched++;
                    score += 1;
                }
            }
            if (matched > 0) {
                hits.add(Hit.counted(entry, entry.body(), score, matched, words.size()));
            }
        }
        hits.sort(Comparator.comparingDouble(Hit::score).reversed());
        return hits.stream().limit(limit).toList();
    }

    private static Set<String> words(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(word -> word.length() >= 4)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
